package dev.annex.host.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EntityTagsTest {

    @Test
    void anIfNoneMatchListNamesAVersionStrongOrWeakOrByStar() {
        assertTrue(EntityTags.names("\"2\", W/\"3\"", 3));
        assertTrue(EntityTags.names("*", 7));
        assertFalse(EntityTags.names("\"999\", W/\"998\"", 3));
        assertFalse(EntityTags.names("garbage", 3));
    }

    @Test
    void anIfNoneMatchListNamesAnOpaqueTagStrongOrWeakOrByStar() {
        String logo = "9f86d081884c7d65";
        assertTrue(EntityTags.names("\"9f86d081884c7d65\"", logo));
        assertTrue(EntityTags.names("\"0\", W/\"9f86d081884c7d65\"", logo));
        assertTrue(EntityTags.names("*", logo));
        assertFalse(EntityTags.names("\"9f86d081884c7d66\"", logo));
    }

    @Test
    void anIfMatchThatNamesNoNumberMatchesNoVersion() {
        assertEquals(4, EntityTags.version(" W/\"4\" "));
        assertEquals(4, EntityTags.version("4"));
        assertEquals(-1, EntityTags.version("\"four\""));
    }

    @Test
    void anOptionalIfMatchRequiresNothingWhenAbsentOrStar() {
        assertNull(EntityTags.required(null));
        assertNull(EntityTags.required(" "));
        assertNull(EntityTags.required("*"));
        assertEquals(2L, EntityTags.required("\"2\""));
        assertEquals(-1L, EntityTags.required("\"stale\""));
    }
}
