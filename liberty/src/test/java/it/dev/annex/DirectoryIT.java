package it.dev.annex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.dev.annex.support.Api;
import it.dev.annex.support.TestTenant;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DirectoryIT {

    private static TestTenant tenant;
    private static long acme;
    private static long globex;
    private static long greg;

    @BeforeAll
    static void people() {
        tenant = TestTenant.create("dir");
        acme = tenant.organisation("Acme", "ACME");
        globex = tenant.organisation("Globex", "GLX");
        tenant.person("carol@acme.example", "CONTACT", acme);
        tenant.person("agent@dir.example", "AGENT", null);
        greg = tenant.person("greg@globex.example", "CONTACT", globex);
    }

    @Test
    void contactsSeeTheirOwnOrganisationAndItsPeopleOnly() {
        Api carol = tenant.as("carol@acme.example");
        JsonObject organisations = carol.get(tenant.path("/organisations")).expect(200).json();
        assertEquals(1, organisations.getInt("total"));
        assertEquals("Acme", organisations.getJsonArray("items").getJsonObject(0).getString("name"));
        carol.get(tenant.path("/organisations/" + globex)).expectProblem(404);

        String people = carol.get(tenant.path("/people?size=100")).expect(200).body();
        assertTrue(people.contains("carol@acme.example"));
        assertFalse(people.contains("greg@globex.example"), people);
        carol.get(tenant.path("/people/" + greg)).expectProblem(404);
    }

    @Test
    void onlyTenantAdminsChangeTheDirectory() {
        tenant.as("agent@dir.example").post(tenant.path("/organisations"), "{\"name\":\"X\",\"accountNumber\":\"X\"}")
                .expectProblem(403);
        tenant.as("carol@acme.example").patch(tenant.path("/people/" + greg), "{\"active\":false}").expectProblem(403);
        JsonObject renamed = tenant.admin().patch(tenant.path("/organisations/" + globex), "{\"name\":\"Globex Corp\"}")
                .expect(200).json();
        assertEquals("Globex Corp", renamed.getString("name"));
        assertEquals("GLX", renamed.getString("accountNumber"));
    }

    @Test
    void anAdministratorCannotLockThemselvesOut() {
        tenant.admin().patch(tenant.path("/people/" + tenant.adminId()), "{\"active\":false}").expectProblem(409, "active");
        tenant.admin().patch(tenant.path("/people/" + tenant.adminId()), "{\"role\":\"AGENT\"}").expectProblem(409, "role");
        tenant.admin().get(tenant.path("/me")).expect(200);
    }

    @Test
    void aContactMovesToAnotherOrganisationAndAnAgentHasNone() {
        long moved = tenant.person("mover@acme.example", "CONTACT", acme);
        JsonObject person = tenant.admin().patch(tenant.path("/people/" + moved), "{\"organisationId\":" + globex + "}")
                .expect(200).json();
        assertEquals(globex, person.getJsonNumber("organisationId").longValue());
        JsonObject promoted = tenant.admin().patch(tenant.path("/people/" + moved), "{\"role\":\"AGENT\"}").expect(200).json();
        assertEquals("AGENT", promoted.getString("role"));
        assertTrue(promoted.isNull("organisationId"), promoted::toString);
    }
}
