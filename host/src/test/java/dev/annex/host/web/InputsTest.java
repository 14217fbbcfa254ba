package dev.annex.host.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.annex.host.page.PageRequest;
import dev.annex.host.helpdesk.TicketStatus;
import dev.annex.host.web.problem.ProblemException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
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

    @Test
    void aRepeatedQueryEnumIsAnyOfItsValues() {
        assertEquals(EnumSet.of(TicketStatus.OPEN, TicketStatus.PENDING),
                Inputs.queryEnums(TicketStatus.class, "status", java.util.List.of("OPEN", "pending", "OPEN")));
        assertEquals(Set.of(), Inputs.queryEnums(TicketStatus.class, "status", null));
        assertEquals(Set.of(), Inputs.queryEnums(TicketStatus.class, "status", Arrays.asList("", null)));
    }

    @Test
    void oneUnknownValueOfARepeatedQueryEnumIsABadRequestNamingIt() {
        ProblemException problem = assertThrows(ProblemException.class,
                () -> Inputs.queryEnums(TicketStatus.class, "status", java.util.List.of("OPEN", "DONE")));
        assertEquals(400, problem.status());
        assertEquals("status", problem.errors().get(0).field());
    }

    @Test
    void anInstantIsReadAsIso8601() {
        assertEquals(Instant.parse("2026-12-02T10:00:00Z"), Inputs.optionalInstant("updated_since", " 2026-12-02T10:00:00Z"));
        assertNull(Inputs.optionalInstant("updated_since", ""));
    }

    @Test
    void aMalformedInstantIsABadRequestNamingTheParameter() {
        ProblemException problem = assertThrows(ProblemException.class,
                () -> Inputs.optionalInstant("updated_since", "yesterday"));
        assertEquals(400, problem.status());
        assertEquals("updated_since", problem.errors().get(0).field());
    }
}
