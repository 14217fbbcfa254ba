package dev.annex.host.helpdesk.rt.mapping;

import dev.annex.host.helpdesk.TicketStatus;

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
        assertEquals(TicketStatus.OPEN, STANDARD.toAnnex("new", () -> StatusCategory.ACTIVE));
        assertEquals(TicketStatus.OPEN, STANDARD.toAnnex("open", () -> StatusCategory.ACTIVE));
        assertEquals(TicketStatus.ON_HOLD, STANDARD.toAnnex("stalled", () -> StatusCategory.ACTIVE));
        assertEquals(TicketStatus.SOLVED, STANDARD.toAnnex("resolved", () -> StatusCategory.INACTIVE));
        assertEquals(TicketStatus.CLOSED, STANDARD.toAnnex("rejected", () -> StatusCategory.INACTIVE));
    }

    @Test
    void whatAnnexWritesReadsBackUnchanged() {
        for (TicketStatus status : TicketStatus.values()) {
            STANDARD.toRt(status).ifPresent(rt ->
                    assertEquals(status, STANDARD.toAnnex(rt, () -> { throw new AssertionError("asked"); }), rt));
        }
        assertEquals(Optional.of("open"), STANDARD.toRt(TicketStatus.OPEN));
    }

    @Test
    void annexStatusesWithoutAnRtStatusCannotBeWrittenByDefault() {
        assertEquals(Optional.empty(), STANDARD.toRt(TicketStatus.PENDING));
        assertEquals(Optional.empty(), STANDARD.toRt(TicketStatus.CLOSED_ESCALATED));
    }

    @Test
    void anUnnamedCustomStatusReadsByItsLifecycleCategoryInsteadOfBeingDropped() {
        assertEquals(TicketStatus.OPEN, STANDARD.toAnnex("waiting-for-customer", () -> StatusCategory.ACTIVE));
        assertEquals(TicketStatus.CLOSED, STANDARD.toAnnex("shipped", () -> StatusCategory.INACTIVE));
        assertFalse(STANDARD.names("shipped"));
    }

    @Test
    void operatorEntriesWorkBothWaysAndComeBeforeTheDefaults() {
        StatusMapping mapping = StatusMapping.parse("waiting-for-customer=PENDING,\n escalated = closed_escalated, shipped=SOLVED");
        assertEquals(Optional.of("waiting-for-customer"), mapping.toRt(TicketStatus.PENDING));
        assertEquals(Optional.of("escalated"), mapping.toRt(TicketStatus.CLOSED_ESCALATED));
        assertEquals(Optional.of("shipped"), mapping.toRt(TicketStatus.SOLVED), "the first entry for SOLVED is written");
        assertEquals(TicketStatus.SOLVED, mapping.toAnnex("resolved", () -> StatusCategory.INACTIVE));
        assertEquals(TicketStatus.PENDING, mapping.toAnnex("Waiting-For-Customer", () -> StatusCategory.ACTIVE));
        assertTrue(mapping.names("escalated"));
    }

    @Test
    void anEntryMayOverrideAStandardOne() {
        StatusMapping mapping = StatusMapping.parse("stalled=PENDING");
        assertEquals(TicketStatus.PENDING, mapping.toAnnex("stalled", () -> StatusCategory.ACTIVE));
        assertEquals(Optional.of("stalled"), mapping.toRt(TicketStatus.PENDING));
        assertEquals(Optional.empty(), mapping.toRt(TicketStatus.ON_HOLD));
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
