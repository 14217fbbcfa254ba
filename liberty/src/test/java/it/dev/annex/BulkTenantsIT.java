package it.dev.annex;

import static dev.annex.plugin.testkit.server.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.Reply;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The operator creates tenants and switches a plugin for many tenants in one request each, and
 * follows the operation's progress; a request with a bad row writes nothing.
 */
class BulkTenantsIT {

    private static final Api OPERATOR = TestTenant.OPERATOR;

    private static JsonObjectBuilder row(String slug, String email) {
        return Json.createObjectBuilder().add("slug", slug).add("name", "Bulk " + slug)
                .add("admin", Json.createObjectBuilder().add("email", email).add("displayName", "Admin")
                        .add("password", TestTenant.PASSWORD));
    }

    private static JsonObject bulk(JsonArrayBuilder rows) {
        return Json.createObjectBuilder().add("tenants", rows).build();
    }

    /** Polls the operation named by the 202's Location until it is done. */
    static JsonObject finished(Reply accepted) {
        accepted.expect(202);
        String location = accepted.header("Location");
        assertTrue(location.contains("/api/operator/operations/"), location);
        String path = location.substring(location.indexOf("/api/"));
        AtomicReference<JsonObject> last = new AtomicReference<>();
        eventually().until(() -> {
            last.set(OPERATOR.get(path).expect(200).json());
            return "DONE".equals(last.get().getString("state"));
        });
        return last.get();
    }

    @Test
    void manyTenantsAreCreatedInOneRequestAndTheOperationCountsThem() {
        String prefix = "bulk-" + UUID.randomUUID().toString().substring(0, 6);
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (int i = 0; i < 5; i++) {
            rows.add(row(prefix + "-" + i, "admin@" + i + ".bulk.example"));
        }
        JsonObject operation = finished(OPERATOR.post("/api/operator/tenants/bulk", bulk(rows)));
        assertEquals(5, operation.getInt("total"));
        assertEquals(5, operation.getInt("done"));
        assertEquals(0, operation.getInt("failed"));

        Api.basic("admin@3.bulk.example", TestTenant.PASSWORD).get("/api/t/" + prefix + "-3/me").expect(200);
        // The console's list pages and searches in the database: 2 of the 5 on a page, 5 in all.
        Reply page = OPERATOR.get("/api/operator/tenants?text=" + prefix + "&size=2").expect(200);
        assertEquals(5, page.json().getInt("total"));
        assertEquals(2, page.json().getJsonArray("items").size());
    }

    @Test
    void aRequestWithABadRowIsRefusedNamingRowAndFieldAndWritesNothing() {
        String prefix = "bulkbad-" + UUID.randomUUID().toString().substring(0, 6);
        TestTenant existing = TestTenant.create("bulktaken");
        JsonArrayBuilder rows = Json.createArrayBuilder()
                .add(row(prefix + "-ok", "admin@ok.bulk.example"))
                .add(row(prefix + "-mail", "not an email"))
                .add(row(prefix + "-ok", "admin@again.bulk.example"))
                .add(row(existing.slug(), "admin@taken.bulk.example"))
                .add(row("Not A Slug", "admin@slug.bulk.example"));
        OPERATOR.post("/api/operator/tenants/bulk", bulk(rows))
                .expectProblem(422, "tenants[1].admin.email", "tenants[2].slug", "tenants[3].slug", "tenants[4].slug");

        OPERATOR.get("/api/operator/tenants/" + prefix + "-ok").expectProblem(404);
        OPERATOR.post("/api/operator/tenants/bulk", bulk(Json.createArrayBuilder())).expectProblem(422, "tenants");
    }

    @Test
    void aPluginIsSwitchedForManyTenantsInOneOperation() {
        TestTenant a = TestTenant.create("bulk-on-a");
        TestTenant b = TestTenant.create("bulk-on-b");
        String switchEcho = "/api/operator/plugins/echo/tenants";
        JsonObject on = finished(OPERATOR.post(switchEcho, Json.createObjectBuilder().add("enabled", true)
                .add("tenants", Json.createArrayBuilder().add(a.slug()).add(b.slug())).build()));
        assertEquals(List.of(2, 2, 0), List.of(on.getInt("total"), on.getInt("done"), on.getInt("failed")));
        a.admin().get(a.path("/plugins/echo/ping")).expect(200);
        b.admin().get(b.path("/plugins/echo/ping")).expect(200);

        OPERATOR.post(switchEcho, Json.createObjectBuilder().add("enabled", true)
                .add("tenants", Json.createArrayBuilder().add(a.slug()).add("no-such-tenant-x")).build())
                .expectProblem(422, "tenants[1]");
        OPERATOR.post("/api/operator/plugins/no-such-plugin/tenants", Json.createObjectBuilder().add("enabled", true)
                .add("tenants", Json.createArrayBuilder().add(a.slug())).build()).expectProblem(404);

        finished(OPERATOR.post(switchEcho, Json.createObjectBuilder().add("enabled", false)
                .add("tenants", Json.createArrayBuilder().add(b.slug())).build()));
        a.admin().get(a.path("/plugins/echo/ping")).expect(200);
        b.admin().get(b.path("/plugins/echo/ping")).expectProblem(404);
    }
}
