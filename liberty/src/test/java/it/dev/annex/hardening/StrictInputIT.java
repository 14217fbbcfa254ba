package it.dev.annex.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.annex.plugin.testkit.server.TestTenant;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, defect 8: JSON that JSON-B alone would take (control characters, numbers or booleans
 * for text, 1.5 for an id, trailing garbage, a key twice) and unknown query parameters are
 * problems naming the field, and nothing is written.
 */
class StrictInputIT {

    @Test
    void ticketBodiesAreReadStrictly() {
        TestTenant tenant = TestTenant.create("strict");
        String tickets = tenant.path("/tickets");
        tenant.admin().post(tickets, "{\"subject\":\"nul \\u0000 in it\"}").expectProblem(422, "subject");
        tenant.admin().post(tickets, "{\"subject\":\"bell \\u0007\"}").expectProblem(422, "subject");
        tenant.admin().post(tickets, "{\"subject\":42}").expectProblem(400, "subject");
        tenant.admin().post(tickets, "{\"subject\":true}").expectProblem(400, "subject");
        tenant.admin().post(tickets, "{\"subject\":\"ok\"} trailing").expectProblem(400, "body");
        tenant.admin().post(tickets, "{\"subject\":\"ok\"}{\"subject\":\"again\"}").expectProblem(400, "body");
        tenant.admin().post(tickets, "{\"subject\":\"first\",\"subject\":\"second\"}").expectProblem(400, "subject");
        assertEquals(0, tenant.admin().get(tickets).expect(200).json().getJsonArray("items").size(),
                "nothing was written");
        tenant.admin().post(tickets, "{\"subject\":\"tabs\\tand\\nlines are text\"}").expect(201);
    }

    @Test
    void aFractionIsNoId() {
        TestTenant tenant = TestTenant.create("strict-id");
        long org = tenant.organisation("Acme", "ACME");
        tenant.admin().post(tenant.path("/people"), "{\"email\":\"x@strict.example\",\"displayName\":\"X\","
                + "\"role\":\"CONTACT\",\"password\":\"password-1\",\"organisationId\":" + org + ".5}")
                .expectProblem(400, "organisationId");
        tenant.admin().post(tenant.path("/people"), "{\"email\":\"x@strict.example\",\"displayName\":\"X\","
                + "\"role\":\"CONTACT\",\"password\":\"password-1\",\"organisationId\":\"" + org + "\"}")
                .expectProblem(400, "organisationId");
    }

    @Test
    void unknownQueryParametersOnListsAre400() {
        TestTenant tenant = TestTenant.create("strict-q");
        tenant.admin().get(tenant.path("/tickets?priority=HIGH")).expectProblem(400, "priority");
        tenant.admin().get(tenant.path("/people?colour=red")).expectProblem(400, "colour");
        tenant.admin().get(tenant.path("/tickets?status=OPEN&sort=-updated&page=0&size=5")).expect(200);
    }
}
