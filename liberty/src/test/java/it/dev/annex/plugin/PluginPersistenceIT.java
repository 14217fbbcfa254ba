package it.dev.annex.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.Reply;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A plugin's own entities (the echo plugin's notes, table ECHO_NOTE): kept per tenant, written in
 * the host's transaction, confined to the plugin's table namespace, kept across an upgrade.
 */
class PluginPersistenceIT {

    private static final Api OPERATOR = TestTenant.OPERATOR;

    private static TestTenant tenantWithEcho(String prefix) {
        TestTenant tenant = TestTenant.create(prefix);
        PluginRuntimeIT.enable(tenant, "echo");
        return tenant;
    }

    private static Reply addNote(TestTenant tenant, String text, boolean thenFail) {
        return tenant.admin().post(tenant.path("/plugins/echo/notes"),
                Json.createObjectBuilder().add("text", text).add("thenFail", thenFail).build());
    }

    private static List<String> noteTexts(TestTenant tenant) {
        return tenant.admin().get(tenant.path("/plugins/echo/notes")).expect(200).array()
                .getValuesAs(JsonObject.class).stream().map(note -> note.getString("text")).toList();
    }

    private static long tenantId(TestTenant tenant) {
        return OPERATOR.get("/api/operator/tenants/" + tenant.slug()).expect(200).json().getJsonNumber("id").longValue();
    }

    private static Path jar(String classifier) {
        String name = "annex-test-plugin-echo-" + System.getProperty("annex.it.version")
                + (classifier == null ? "" : "-" + classifier) + ".jar";
        return Path.of(System.getProperty("annex.it.plugins"), name);
    }

    private static Reply upload(Path jar) throws IOException, InterruptedException {
        String auth = Base64.getEncoder().encodeToString("operator@annex.local:demo".getBytes());
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(Api.baseUrl() + "/api/operator/plugins"))
                        .header("Authorization", "Basic " + auth)
                        .header("Content-Type", "application/octet-stream")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(jar))).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.headers(), response.body());
    }

    @Test
    void eachTenantSeesOnlyItsOwnNotes() {
        TestTenant a = tenantWithEcho("notes-a");
        TestTenant b = tenantWithEcho("notes-b");

        JsonObject first = addNote(a, "first of A", false).expect(200).json();
        assertEquals("first of A", first.getString("text"));
        assertTrue(first.getJsonNumber("id").longValue() > 0, first::toString);
        assertFalse(first.isNull("created"), first::toString);
        addNote(a, "second of A", false).expect(200);

        assertEquals(List.of("first of A", "second of A"), noteTexts(a));
        assertEquals(List.of(), noteTexts(b), "B sees none of A's notes");

        addNote(b, "only of B", false).expect(200);
        assertEquals(List.of("only of B"), noteTexts(b));
        assertEquals(List.of("first of A", "second of A"), noteTexts(a));
    }

    @Test
    void aNoteWrittenInARequestThatFailsIsNotStored() {
        TestTenant tenant = tenantWithEcho("notes-rb");

        addNote(tenant, "rolled back", true).expectProblem(409);
        addNote(tenant, "committed", false).expect(200);

        assertEquals(List.of("committed"), noteTexts(tenant),
                "the plugin's insert joined the request's transaction and was rolled back with it");
    }

    @Test
    void notesAreRowsOfTableEchoNoteCarryingTheirTenant() {
        TestTenant a = tenantWithEcho("notes-row-a");
        TestTenant b = tenantWithEcho("notes-row-b");
        long aNote = addNote(a, "row of A", false).expect(200).id();
        long bNote = addNote(b, "row of B", false).expect(200).id();

        JsonObject aRow = a.admin().get(a.path("/plugins/echo/notes/" + aNote + "/row")).expect(200).json();
        assertEquals("ECHO_NOTE", aRow.getString("table"));
        assertEquals(tenantId(a), aRow.getJsonNumber("tenantId").longValue());
        JsonObject bRow = b.admin().get(b.path("/plugins/echo/notes/" + bNote + "/row")).expect(200).json();
        assertEquals(tenantId(b), bRow.getJsonNumber("tenantId").longValue());
    }

    @Test
    void aPluginCannotOpenAnotherTenantsNotes() {
        TestTenant a = tenantWithEcho("notes-xa");
        TestTenant b = tenantWithEcho("notes-xb");
        addNote(b, "secret of B", false).expect(200);

        String answer = a.admin().get(a.path("/plugins/echo/notes/cross-tenant?tenantId=" + tenantId(b)))
                .expectProblem(500).toString();
        assertFalse(answer.contains("secret of B"));
    }

    @Test
    void aPluginWhoseTablesLeaveItsNamespaceIsRefused() throws Exception {
        try {
            // The upload is tried before anything is installed (issue 11): its unit is refused.
            JsonObject refused = upload(jar("squatter")).expectProblem(422, "file");
            String failure = refused.getString("detail");
            assertTrue(failure.contains("ECHO_NOTE") && failure.contains("SQUATTER_"), failure);
            assertTrue(OPERATOR.get("/api/operator/plugins").expect(200).array().getValuesAs(JsonObject.class)
                    .stream().noneMatch(p -> p.getString("id").equals("squatter")), "nothing installed");

            TestTenant tenant = TestTenant.create("notes-sq");
            OPERATOR.put("/api/operator/tenants/" + tenant.slug() + "/plugins/squatter", null).expectProblem(404);
        } finally {
            OPERATOR.delete("/api/operator/plugins/squatter");
        }
        // The echo plugin's unit is untouched by the squatter's failure.
        TestTenant tenant = tenantWithEcho("notes-after-sq");
        addNote(tenant, "still works", false).expect(200);
        assertEquals(List.of("still works"), noteTexts(tenant));
    }

    @Test
    void notesSurviveAnUpgradeOfThePlugin() throws Exception {
        TestTenant tenant = tenantWithEcho("notes-up");
        addNote(tenant, "before the upgrade", false).expect(200);
        try {
            JsonObject upgraded = upload(jar("v2")).expect(201).json();
            assertEquals("STARTED", upgraded.getString("state"), upgraded::toString);
            assertEquals("2.0.0", upgraded.getString("version"));

            assertEquals(List.of("before the upgrade"), noteTexts(tenant), "the upgrade kept the table and its rows");
            addNote(tenant, "after the upgrade", false).expect(200);
            assertEquals(List.of("before the upgrade", "after the upgrade"), noteTexts(tenant));
        } finally {
            // Put the suite's echo plugin back as it was, for the tests that follow.
            JsonObject restored = upload(jar(null)).expect(201).json();
            assertEquals("STARTED", restored.getString("state"), restored::toString);
        }
        assertEquals(List.of("before the upgrade", "after the upgrade"), noteTexts(tenant));
    }
}
