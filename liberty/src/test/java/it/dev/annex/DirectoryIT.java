package it.dev.annex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.Reply;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.Json;
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

    /** The resource's ETag is its version, and a GET naming it in If-None-Match is 304 with no body. */
    private static String currentTagAnswersNotModified(Api api, String path) {
        Reply first = api.get(path).expect(200);
        String etag = first.header("ETag");
        assertEquals("\"" + first.json().getJsonNumber("version").longValue() + "\"", etag);
        Reply again = api.header("If-None-Match", etag).get(path).expect(304);
        assertEquals(etag, again.header("ETag"));
        assertEquals("", again.body());
        api.header("If-None-Match", "*").get(path).expect(304);
        api.header("If-None-Match", "\"999\", W/\"998\"").get(path).expect(200);
        return etag;
    }

    /** A change with the current If-Match is a new version, whose tag the next conditional GET uses. */
    private static void aChangeIsANewVersion(Api api, String path, String field, String value) {
        String etag = currentTagAnswersNotModified(api, path);
        Reply changed = api.header("If-Match", etag).patch(path, Json.createObjectBuilder().add(field, value).build())
                .expect(200);
        assertEquals(value, changed.json().getString(field));
        assertFalse(etag.equals(changed.header("ETag")), "a change is a new version");
        assertEquals(changed.header("ETag"), currentTagAnswersNotModified(api, path));
    }

    /** A change made on a version someone else changed since is 412 with the current tag; returns what is stored. */
    private static JsonObject aStaleChangeIsRefused(Api api, String path, String field, String kept, String stale) {
        String read = api.get(path).expect(200).header("ETag");
        String current = api.patch(path, Json.createObjectBuilder().add(field, kept).build()).expect(200).header("ETag");
        Reply refused = api.header("If-Match", read).patch(path, stale);
        refused.expectProblem(412, "If-Match");
        assertEquals(current, refused.header("ETag"));
        Reply now = api.get(path).expect(200);
        assertEquals(kept, now.json().getString(field));
        assertEquals(current, now.header("ETag"));
        return now.json();
    }

    @Test
    void organisationsAndPeopleAnswerTheirVersionAsETagAndAConditionalGetIsNotModified() {
        Api admin = tenant.admin();
        aChangeIsANewVersion(admin, tenant.path("/organisations/" + tenant.organisation("Initech", "INI-ETAG")),
                "name", "Initech Ltd");
        aChangeIsANewVersion(admin, tenant.path("/people/" + tenant.person("pat-etag@acme.example", "CONTACT", acme)),
                "displayName", "Pat E.");
    }

    @Test
    void aStaleIfMatchOnAnOrganisationIs412AndChangesNothing() {
        aStaleChangeIsRefused(tenant.admin(), tenant.path("/organisations/" + tenant.organisation("Hooli", "HOO-ETAG")),
                "name", "Hooli XYZ", "{\"name\":\"Lost\",\"active\":false}");
    }

    @Test
    void aStaleIfMatchOnAPersonIs412AndChangesNothing() {
        JsonObject now = aStaleChangeIsRefused(tenant.admin(),
                tenant.path("/people/" + tenant.person("sam-etag@acme.example", "CONTACT", acme)),
                "displayName", "Samantha", "{\"displayName\":\"Lost\",\"active\":false}");
        assertTrue(now.getBoolean("active"), "a refused change deactivates no one");
        // Nor did it end their access, as a deactivation would.
        tenant.as("sam-etag@acme.example").get(tenant.path("/me")).expect(200);
    }
}
