package dev.annex.host.helpdesk.rt.client;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RtRefusalsTest {

    @Test
    void namesTheFieldRtsMessageIsAbout() {
        assertEquals("Status", RtRefusals.fieldNamedIn("Ticket 1: Status 'bogus' isn't a valid status for this ticket."));
        assertEquals("Queue", RtRefusals.fieldNamedIn("Ticket 1: Queue nope does not exist"));
        assertEquals("Queue", RtRefusals.fieldNamedIn("No permission to create tickets in the queue 'nope'"));
        assertNull(RtRefusals.fieldNamedIn("Something odd"));
    }

    @Test
    void aValueRtKeptIsRefusedWithRtsReason() {
        RtRefusals refusals = new RtRefusals(List.of("Ticket 1: Priority changed from 'Low' to 'High'",
                "Ticket 1: Status 'bogus' isn't a valid status for this ticket."));
        refusals.check("Priority", "100", "100");
        RtRejectedException e = assertThrows(RtRejectedException.class, () -> refusals.check("Status", "bogus", "open"));
        assertEquals("Status", e.field());
        assertEquals("Ticket 1: Status 'bogus' isn't a valid status for this ticket.", e.getMessage());
    }

    @Test
    void aFieldNotAskedForIsNotChecked() {
        new RtRefusals(List.of()).check("Subject", null, "anything");
    }
}
