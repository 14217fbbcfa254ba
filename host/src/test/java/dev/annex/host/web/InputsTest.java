package dev.annex.host.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.annex.host.helpdesk.PageRequest;
import dev.annex.host.helpdesk.TicketStatus;
import dev.annex.host.web.problem.ProblemException;
import org.junit.jupiter.api.Test;

class InputsTest {

    @Test
    void pagingDefaultsToTheFirstPageOf25() {
        assertEquals(new PageRequest(0, 25), Inputs.page(null, ""));
    }

    @Test
    void aPageSizeOverTheLimitIsABadRequestNamingTheParameter() {
        ProblemException problem = assertThrows(ProblemException.class, () -> Inputs.page("0", "1000"));
        assertEquals(400, problem.status());
        assertEquals("size", problem.errors().get(0).field());
    }

    @Test
    void aNonNumericPageIsABadRequest() {
        ProblemException problem = assertThrows(ProblemException.class, () -> Inputs.page("two", null));
        assertEquals("page", problem.errors().get(0).field());
    }

    @Test
    void enumsParseCaseInsensitivelyAndUnknownOnesListTheChoices() {
        assertEquals(TicketStatus.ON_HOLD, Inputs.bodyEnum(TicketStatus.class, "status", "on_hold"));
        assertNull(Inputs.bodyEnum(TicketStatus.class, "status", null));
        ProblemException problem = assertThrows(ProblemException.class,
                () -> Inputs.bodyEnum(TicketStatus.class, "status", "DONE"));
        assertEquals(422, problem.status());
        assertEquals("must be one of OPEN, PENDING, ON_HOLD, SOLVED, CLOSED, CLOSED_ESCALATED", problem.errors().get(0).message());
    }

    @Test
    void anUnknownQueryEnumIsABadRequest() {
        ProblemException problem = assertThrows(ProblemException.class,
                () -> Inputs.queryEnum(TicketStatus.class, "status", "DONE"));
        assertEquals(400, problem.status());
    }
}
