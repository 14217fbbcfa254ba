package dev.annex.host.refusal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.annex.host.helpdesk.TicketStatus;
import org.junit.jupiter.api.Test;

class ChoicesTest {

    @Test
    void enumsParseCaseInsensitivelyAndUnknownOnesListTheChoices() {
        assertEquals(TicketStatus.ON_HOLD, Choices.parse(TicketStatus.class, "status", "on_hold"));
        assertNull(Choices.parse(TicketStatus.class, "status", null));
        Refusal refusal = assertThrows(Refusal.class, () -> Choices.parse(TicketStatus.class, "status", "DONE"));
        assertEquals(Refusal.Reason.INVALID, refusal.reason());
        assertEquals("status", refusal.errors().get(0).field());
        assertEquals("must be one of OPEN, PENDING, ON_HOLD, SOLVED, CLOSED, CLOSED_ESCALATED",
                refusal.errors().get(0).message());
    }
}
