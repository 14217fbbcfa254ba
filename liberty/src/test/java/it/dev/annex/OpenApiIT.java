package it.dev.annex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.dev.annex.plugin.PluginDependenciesIT;
import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.Reply;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document at /openapi against the server's own resource model: for every documented
 * path, the methods Jakarta REST itself answers OPTIONS with (its Allow header, computed from the
 * resource methods that match the URL) are exactly the documented ones — so a documented
 * operation that does not exist, or an operation of a documented path that is missing, fails.
 * Bodies have real schemas, answers their real statuses; installing a plugin adds its paths and
 * removing it takes them away.
 */
class OpenApiIT {

    private static final Api OPERATOR = Api.basic("operator@annex.local", "demo");
    private static final Api AGENT = Api.basic("agent@demo.example", "demo");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    static JsonObject document() {
        Reply reply = Api.anonymous().get("/openapi").expect(200);
        assertTrue(reply.header("Content-Type").startsWith("application/json"), reply.header("Content-Type"));
        return reply.json();
    }

    @AfterEach
    void removeTestPlugins() {
        for (String id : List.of("consumer", "provider")) {
            int status = OPERATOR.delete("/api/operator/plugins/" + id).status();
            assertTrue(status == 204 || status == 404, id + " " + status);
        }
    }

    @Test
    void everyDocumentedPathAnswersExactlyItsDocumentedMethods() {
        JsonObject paths = document().getJsonObject("paths");
        assertTrue(paths.size() > 40, "paths: " + paths.keySet());
        List<String> mismatches = new ArrayList<>();
        for (String path : paths.keySet()) {
            String url = concrete(path);
            // A URL such as …/links/check also matches the template …/links/{id}: the server
            // allows the methods of every template that matches, and so does the document.
            Set<String> documented = new TreeSet<>();
            for (String template : paths.keySet()) {
                if (url.matches(template.replaceAll("\\{\\w+}", "[^/]+"))) {
                    paths.getJsonObject(template).keySet().stream().filter(METHODS::contains)
                            .map(m -> m.toUpperCase(Locale.ROOT)).forEach(documented::add);
                }
            }
            Api caller = path.startsWith("/api/operator/") ? OPERATOR : AGENT;
            Reply reply = caller.send("OPTIONS", url, null);
            String allow = reply.header("Allow");
            Set<String> allowed = allow == null ? Set.of() : Arrays.stream(allow.split(",")).map(String::trim)
                    .filter(m -> !m.isEmpty() && !m.equals("OPTIONS") && !m.equals("HEAD"))
                    .collect(Collectors.toCollection(TreeSet::new));
            if (!documented.equals(allowed)) {
                mismatches.add(path + " (" + url + "): documented " + documented + ", server allows " + allowed
                        + " (" + reply.status() + ")");
            }
        }
        assertTrue(mismatches.isEmpty(), String.join("\n", mismatches));
    }

    /** A URL for a path template: ids 1, the demo tenant, a shipped plugin, a sample file. */
    private static String concrete(String path) {
        Matcher m = Pattern.compile("\\{(\\w+)}").matcher(path);
        StringBuilder url = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "tenant", "slug" -> "demo";
                case "pluginId" -> "ticket-following";
                case "version" -> "1.0.0";
                case "file" -> "panel.js";
                default -> "1";
            };
            m.appendReplacement(url, value);
        }
        m.appendTail(url);
        return url.toString();
    }

    @Test
    void bodiesHaveRealSchemasAndAnswersTheirRealStatuses() {
        JsonObject document = document();
        assertEquals("3.1.0", document.getString("openapi"));
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        for (String name : schemas.keySet()) {
            JsonObject schema = schemas.getJsonObject(name);
            assertTrue(schema.containsKey("enum") || !schema.getJsonObject("properties").isEmpty(), name + " is empty");
        }
        JsonObject ticket = schemas.getJsonObject("TicketView").getJsonObject("properties");
        assertEquals("date-time", ticket.getJsonObject("createdAt").getString("format"));
        JsonObject create = schemas.getJsonObject("CreateTicketRequest");
        assertTrue(create.getJsonArray("required").getValuesAs(JsonValue::toString).contains("\"subject\""), create.toString());

        JsonObject tickets = document.getJsonObject("paths").getJsonObject("/api/t/{tenant}/tickets");
        JsonObject created = tickets.getJsonObject("post").getJsonObject("responses").getJsonObject("201");
        assertEquals("#/components/schemas/TicketView", created.getJsonObject("content")
                .getJsonObject("application/json").getJsonObject("schema").getString("$ref"));
        assertEquals(Set.of("ETag", "Location"), created.getJsonObject("headers").keySet());
        assertEquals("#/components/responses/Problem422",
                tickets.getJsonObject("post").getJsonObject("responses").getJsonObject("422").getString("$ref"));
        JsonObject status = tickets.getJsonObject("get").getJsonArray("parameters").getValuesAs(JsonObject.class)
                .stream().filter(p -> p.getString("name").equals("status")).findFirst().orElseThrow();
        // Repeatable: ?status=OPEN&status=PENDING.
        assertEquals("array", status.getJsonObject("schema").getString("type"));
        assertEquals("#/components/schemas/TicketStatus", status.getJsonObject("schema").getJsonObject("items")
                .getString("$ref"));
        assertTrue(status.getBoolean("explode"), status.toString());
        JsonObject since = tickets.getJsonObject("get").getJsonArray("parameters").getValuesAs(JsonObject.class)
                .stream().filter(p -> p.getString("name").equals("updated_since")).findFirst().orElseThrow();
        assertEquals("date-time", since.getJsonObject("schema").getString("format"));
        JsonObject size = tickets.getJsonObject("get").getJsonArray("parameters").getValuesAs(JsonObject.class)
                .stream().filter(p -> p.getString("name").equals("size")).findFirst().orElseThrow();
        assertEquals(100, size.getJsonObject("schema").getInt("maximum"));
        JsonObject organisation = document.getJsonObject("paths").getJsonObject("/api/t/{tenant}/organisations/{id}");
        assertTrue(organisation.getJsonObject("get").getJsonObject("responses").containsKey("304"), organisation.toString());
        JsonObject changed = organisation.getJsonObject("patch").getJsonObject("responses");
        assertEquals(Set.of("ETag"), changed.getJsonObject("200").getJsonObject("headers").keySet());
        assertTrue(changed.containsKey("412") && !changed.containsKey("428"), "If-Match is optional: " + changed);
        JsonObject revoke = document.getJsonObject("paths").getJsonObject("/api/t/{tenant}/me/tokens/{id}")
                .getJsonObject("delete");
        assertTrue(revoke.getJsonObject("responses").containsKey("204"), revoke.toString());
        assertTrue(document.getJsonObject("components").getJsonObject("securitySchemes").keySet()
                .containsAll(Set.of("basic", "bearer", "session", "csrf")));
        JsonObject signIn = document.getJsonObject("paths").getJsonObject("/api/t/{tenant}/session").getJsonObject("post");
        assertTrue(signIn.getJsonArray("security").isEmpty(), "signing in needs no credentials");
    }

    @Test
    void theShippedPluginsPathsAreDocumented() {
        JsonObject paths = document().getJsonObject("paths");
        for (String plugin : List.of("permission-grants", "ticket-following", "partner-links", "case-sharing")) {
            String base = "/api/t/{tenant}/plugins/" + plugin;
            long count = paths.keySet().stream().filter(p -> p.startsWith(base + "/")).count();
            assertTrue(count > 0, plugin + " has no documented paths: " + paths.keySet());
            assertTrue(paths.containsKey(base), plugin + " has no description path");
        }
        JsonObject followers = paths.getJsonObject("/api/t/{tenant}/plugins/ticket-following/tickets/{id}/followers");
        assertEquals("ticket-following", followers.getJsonObject("get").getJsonArray("tags").getString(0));
    }

    @Test
    void aTenantsDocumentHasOnlyThePluginsOnForItAndOnlyForItsPeople() {
        TestTenant tenant = TestTenant.create("openapi");
        OPERATOR.put("/api/operator/tenants/" + tenant.slug() + "/plugins/ticket-following", null).expect(200);
        JsonObject paths = tenant.admin().get(tenant.path("/openapi")).expect(200).json().getJsonObject("paths");
        assertTrue(paths.containsKey("/api/t/{tenant}/plugins/ticket-following/followed"), paths.keySet().toString());
        assertFalse(paths.keySet().stream().anyMatch(p -> p.startsWith("/api/t/{tenant}/plugins/permission-grants")),
                "permission-grants is off for the tenant");
        assertTrue(paths.containsKey("/api/t/{tenant}/tickets"));

        assertTrue(AGENT.get("/api/t/demo/openapi").expect(200).json().getJsonObject("paths")
                .containsKey("/api/t/{tenant}/plugins/permission-grants"), "on for demo");
        AGENT.get(tenant.path("/openapi")).expectProblem(401);
        Api.anonymous().get(tenant.path("/openapi")).expectProblem(401);
    }

    @Test
    void installingAndRemovingAPluginChangesTheDocument() {
        String greeting = "/api/t/{tenant}/plugins/consumer/greeting";
        assertFalse(document().getJsonObject("paths").containsKey(greeting));
        PluginDependenciesIT.upload(PluginDependenciesIT.jar("provider", null)).expect(201);
        PluginDependenciesIT.upload(PluginDependenciesIT.jar("consumer", null)).expect(201);
        JsonObject paths = document().getJsonObject("paths");
        assertTrue(paths.containsKey(greeting), paths.keySet().toString());
        assertTrue(paths.getJsonObject(greeting).containsKey("get"));

        OPERATOR.delete("/api/operator/plugins/consumer").expect(204);
        assertFalse(document().getJsonObject("paths").containsKey(greeting));
    }
}
