package dev.annex.rt.mapping;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PriorityMappingTest {

    @Test
    void everyAnnexPriorityReadsBackUnchanged() {
        for (AnnexPriority priority : AnnexPriority.values()) {
            assertEquals(priority, PriorityMapping.toAnnex(PriorityMapping.toRt(priority)));
        }
    }

    @Test
    void rtsNamedPrioritiesAreAnnexsLowNormalHigh() {
        assertEquals(AnnexPriority.LOW, PriorityMapping.toAnnex(0));
        assertEquals(AnnexPriority.NORMAL, PriorityMapping.toAnnex(50));
        assertEquals(AnnexPriority.HIGH, PriorityMapping.toAnnex(100));
    }

    @Test
    void numbersBetweenReadByRange() {
        assertEquals(AnnexPriority.LOW, PriorityMapping.toAnnex(-5));
        assertEquals(AnnexPriority.LOW, PriorityMapping.toAnnex(24));
        assertEquals(AnnexPriority.NORMAL, PriorityMapping.toAnnex(25));
        assertEquals(AnnexPriority.NORMAL, PriorityMapping.toAnnex(74));
        assertEquals(AnnexPriority.HIGH, PriorityMapping.toAnnex(75));
        assertEquals(AnnexPriority.HIGH, PriorityMapping.toAnnex(124));
        assertEquals(AnnexPriority.URGENT, PriorityMapping.toAnnex(125));
        assertEquals(AnnexPriority.URGENT, PriorityMapping.toAnnex(999));
    }
}
