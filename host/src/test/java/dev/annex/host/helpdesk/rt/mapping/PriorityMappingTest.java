package dev.annex.host.helpdesk.rt.mapping;

import dev.annex.host.helpdesk.TicketPriority;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PriorityMappingTest {

    @Test
    void everyAnnexPriorityReadsBackUnchanged() {
        for (TicketPriority priority : TicketPriority.values()) {
            assertEquals(priority, PriorityMapping.toAnnex(PriorityMapping.toRt(priority)));
        }
    }

    @Test
    void rtsNamedPrioritiesAreAnnexsLowNormalHigh() {
        assertEquals(TicketPriority.LOW, PriorityMapping.toAnnex(0));
        assertEquals(TicketPriority.NORMAL, PriorityMapping.toAnnex(50));
        assertEquals(TicketPriority.HIGH, PriorityMapping.toAnnex(100));
    }

    @Test
    void numbersBetweenReadByRange() {
        assertEquals(TicketPriority.LOW, PriorityMapping.toAnnex(-5));
        assertEquals(TicketPriority.LOW, PriorityMapping.toAnnex(24));
        assertEquals(TicketPriority.NORMAL, PriorityMapping.toAnnex(25));
        assertEquals(TicketPriority.NORMAL, PriorityMapping.toAnnex(74));
        assertEquals(TicketPriority.HIGH, PriorityMapping.toAnnex(75));
        assertEquals(TicketPriority.HIGH, PriorityMapping.toAnnex(124));
        assertEquals(TicketPriority.URGENT, PriorityMapping.toAnnex(125));
        assertEquals(TicketPriority.URGENT, PriorityMapping.toAnnex(999));
    }
}
