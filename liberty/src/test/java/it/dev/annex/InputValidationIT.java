package it.dev.annex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bad input gets a problem body naming the field, and leaves nothing written behind. */
class InputValidationIT {

    private static TestTenant tenant;
    private static Api admin;

    @BeforeAll
    static void tenant() {
        tenant = TestTenant.create("input");
        admin = tenant.admin();
    }

    private static int ticketCount() {
        return admin.get(tenant.path("/tickets")).expect(200).json().getInt("total");
    }

    private static int organisationCount() {
        return admin.get(tenant.path("/organisations")).expect(200).json().getInt("total");
    }

    @Test
    void aTicketWithoutSubjectIsRejectedAndNotWritten() {
        int before = ticketCount();
        JsonObject problem = admin.post(tenant.path("/tickets"), "{\"description\":\"no subject\"}")
                .expectProblem(422, "subject");
        assertTrue(problem.getString("detail").contains("subject"));
        admin.post(tenant.path("/tickets"), "{\"subject\":\"   \"}").expectProblem(422, "subject");
        assertEquals(before, ticketCount());
    }

    @Test
    void aTenThousandCharacterNameIsRejectedAndNotWritten() {
        int before = organisationCount();
        String longName = "n".repeat(10_000);
        admin.post(tenant.path("/organisations"), Json.createObjectBuilder().add("name", longName)
                .add("accountNumber", "LONG-1").build()).expectProblem(422, "name");
        admin.post(tenant.path("/people"), Json.createObjectBuilder().add("email", "long@x.example")
                .add("displayName", longName).add("role", "AGENT").build()).expectProblem(422, "displayName");
        assertEquals(before, organisationCount());
        assertEquals(0, admin.get(tenant.path("/people?q=long@x")).json().getInt("total"));
    }

    @Test
    void wrongTypesAreABadRequestNamingTheField() {
        int before = ticketCount();
        admin.post(tenant.path("/tickets"), "{\"subject\":\"typed\",\"requesterId\":\"not-a-number\"}")
                .expectProblem(400, "requesterId");
        admin.post(tenant.path("/tickets"), "{\"subject\":\"typed\",\"description\":{\"nested\":true}}")
                .expectProblem(400, "description");
        admin.post(tenant.path("/tickets"), "{\"subject\": ").expectProblem(400);
        admin.post(tenant.path("/tickets"), "[]").expectProblem(400);
        assertEquals(before, ticketCount());
    }

    @Test
    void anUnknownStatusOrPriorityIsRejectedListingTheChoices() {
        long id = tenant.ticket(admin, "Enum check");
        JsonObject problem = admin.header("If-Match", "\"1\"").patch(tenant.path("/tickets/" + id), "{\"status\":\"DONE\"}")
                .expectProblem(422, "status");
        assertTrue(problem.getJsonArray("errors").getJsonObject(0).getString("message").contains("CLOSED"));
        admin.post(tenant.path("/tickets"), "{\"subject\":\"x\",\"priority\":\"MEGA\"}").expectProblem(422, "priority");
        admin.get(tenant.path("/tickets?status=DONE")).expectProblem(400, "status");
        admin.get(tenant.path("/tickets?sort=colour")).expectProblem(400, "sort");
        admin.get(tenant.path("/tickets?size=1000")).expectProblem(400, "size");
        assertEquals(1, admin.get(tenant.path("/tickets/" + id)).json().getInt("version"));
    }

    @Test
    void duplicatesAreAConflictNamingTheField() {
        tenant.organisation("First", "DUP-1");
        admin.post(tenant.path("/organisations"), "{\"name\":\"Second\",\"accountNumber\":\"DUP-1\"}")
                .expectProblem(409, "accountNumber");
        tenant.person("twin@x.example", "AGENT", null);
        admin.post(tenant.path("/people"), "{\"email\":\"TWIN@x.example\",\"displayName\":\"Twin\",\"role\":\"AGENT\"}")
                .expectProblem(409, "email");
    }

    @Test
    void contactsNeedAnOrganisationOfThisTenant() {
        admin.post(tenant.path("/people"), "{\"email\":\"c1@x.example\",\"displayName\":\"C\",\"role\":\"CONTACT\"}")
                .expectProblem(422, "organisationId");
        admin.post(tenant.path("/people"),
                "{\"email\":\"c2@x.example\",\"displayName\":\"C\",\"role\":\"CONTACT\",\"organisationId\":999999}")
                .expectProblem(422, "organisationId");
        admin.post(tenant.path("/people"), "{\"email\":\"not-an-email\",\"displayName\":\"C\",\"role\":\"AGENT\"}")
                .expectProblem(422, "email");
    }

    @Test
    void unknownPathsAndMethodsAreProblemsToo() {
        admin.get(tenant.path("/nothing-here")).expectProblem(404);
        admin.put(tenant.path("/tickets"), "{}").expectProblem(405);
        Api.anonymous().get("/api/t/no-such-tenant/tickets").expectProblem(404);
    }
}
