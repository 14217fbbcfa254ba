package dev.annex.rt.mapping;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatusMappingTest {

    private static final StatusMapping STANDARD = StatusMapping.standard();

    @Test
    void rtsDefaultLifecycleReadsAsAnnexStatuses() {
        assertEquals(AnnexStatus.OPEN, STANDARD.toAnnex("new", () -> StatusCategory.ACTIVE));
        assertEquals(AnnexStatus.OPEN, STANDARD.toAnnex("open", () -> StatusCategory.ACTIVE));
        assertEquals(AnnexStatus.ON_HOLD, STANDARD.toAnnex("stalled", () -> StatusCategory.ACTIVE));
        assertEquals(AnnexStatus.SOLVED, STANDARD.toAnnex("resolved", () -> StatusCategory.INACTIVE));
        assertEquals(AnnexStatus.CLOSED, STANDARD.toAnnex("rejected", () -> StatusCategory.INACTIVE));
    }

    @Test
    void whatAnnexWritesReadsBackUnchanged() {
        for (AnnexStatus status : AnnexStatus.values()) {
            STANDARD.toRt(status).ifPresent(rt ->
                    assertEquals(status, STANDARD.toAnnex(rt, () -> { throw new AssertionError("asked"); }), rt));
        }
        assertEquals(Optional.of("open"), STANDARD.toRt(AnnexStatus.OPEN));
    }

    @Test
    void annexStatusesWithoutAnRtStatusCannotBeWrittenByDefault() {
        assertEquals(Optional.empty(), STANDARD.toRt(AnnexStatus.PENDING));
        assertEquals(Optional.empty(), STANDARD.toRt(AnnexStatus.CLOSED_ESCALATED));
    }

    @Test
    void anUnnamedCustomStatusReadsByItsLifecycleCategoryInsteadOfBeingDropped() {
        assertEquals(AnnexStatus.OPEN, STANDARD.toAnnex("waiting-for-customer", () -> StatusCategory.ACTIVE));
        assertEquals(AnnexStatus.CLOSED, STANDARD.toAnnex("shipped", () -> StatusCategory.INACTIVE));
        assertFalse(STANDARD.names("shipped"));
    }

    @Test
    void operatorEntriesWorkBothWaysAndComeBeforeTheDefaults() {
        StatusMapping mapping = StatusMapping.parse("waiting-for-customer=PENDING,\n escalated = closed_escalated, shipped=SOLVED");
        assertEquals(Optional.of("waiting-for-customer"), mapping.toRt(AnnexStatus.PENDING));
        assertEquals(Optional.of("escalated"), mapping.toRt(AnnexStatus.CLOSED_ESCALATED));
        assertEquals(Optional.of("shipped"), mapping.toRt(AnnexStatus.SOLVED), "the first entry for SOLVED is written");
        assertEquals(AnnexStatus.SOLVED, mapping.toAnnex("resolved", () -> StatusCategory.INACTIVE));
        assertEquals(AnnexStatus.PENDING, mapping.toAnnex("Waiting-For-Customer", () -> StatusCategory.ACTIVE));
        assertTrue(mapping.names("escalated"));
    }

    @Test
    void anEntryMayOverrideAStandardOne() {
        StatusMapping mapping = StatusMapping.parse("stalled=PENDING");
        assertEquals(AnnexStatus.PENDING, mapping.toAnnex("stalled", () -> StatusCategory.ACTIVE));
        assertEquals(Optional.of("stalled"), mapping.toRt(AnnexStatus.PENDING));
        assertEquals(Optional.empty(), mapping.toRt(AnnexStatus.ON_HOLD));
    }

    @Test
    void badEntriesAreRefusedSayingWhich() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StatusMapping.parse("open"))
                .getMessage().contains("rt-status=ANNEX_STATUS"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StatusMapping.parse("x=ALMOST_DONE"))
                .getMessage().contains("ALMOST_DONE"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StatusMapping.parse("<script>=OPEN"))
                .getMessage().contains("not an RT status name"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> StatusMapping.parse("a=OPEN,a=CLOSED"))
                .getMessage().contains("twice"));
    }
}
