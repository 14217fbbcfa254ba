package dev.annex.host.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.annex.host.page.PageRequest;
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
    void anUnknownQueryEnumIsABadRequest() {
        ProblemException problem = assertThrows(ProblemException.class,
                () -> Inputs.queryEnum(TicketStatus.class, "status", "DONE"));
        assertEquals(400, problem.status());
    }
}
