package it.dev.annex.hardening;

import static dev.annex.plugin.testkit.server.TestTenant.OPERATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.dev.annex.support.PluginJars;
import dev.annex.plugin.testkit.server.Reply;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.JsonObject;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, defects 1–3: what an upload may name, that a bad upgrade leaves the installed version
 * serving, and that a plugin which cannot be created can still be removed and replaced.
 */
class PluginUploadHardeningIT {

    private static Reply upload(byte[] body) {
        return PluginJars.upload(body);
    }

    private static byte[] echoAs(String classifier, Map<String, String> manifest) throws java.io.IOException {
        return PluginJars.withManifest(PluginJars.echo(classifier), manifest);
    }

    private static Optional<JsonObject> listed(String id) {
        return OPERATOR.get("/api/operator/plugins").expect(200).array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("id").equals(id)).findFirst();
    }

    @Test
    void pluginIdsAndVersionsMustBeStrictOrTheUploadIs422() throws Exception {
        for (String id : new String[] {"../../x", "a/b", "x".repeat(300), "Upper", "..", "1abc", "a"}) {
            JsonObject problem = upload(echoAs("uploaded-v1", Map.of("Plugin-Id", id))).expectProblem(422, "Plugin-Id");
            assertFalse(problem.toString().contains("Exception"), problem::toString);
        }
        for (String version : new String[] {"9/9", "../1.0.0", "1.0", "1.0.0/../../x", "v1"}) {
            upload(echoAs("uploaded-v1", Map.of("Plugin-Id", "strict", "Plugin-Version", version)))
                    .expectProblem(422, "Plugin-Version");
        }
        assertTrue(listed("x").isEmpty() && listed("strict").isEmpty());
        // A proper SemVer with pre-release and build parts is fine.
        JsonObject ok = upload(echoAs("uploaded-v1", Map.of("Plugin-Id", "strict", "Plugin-Version", "1.0.0-rc.1+b7")))
                .expect(201).json();
        assertEquals("STARTED", ok.getString("state"));
        OPERATOR.delete("/api/operator/plugins/strict").expect(204);
    }

    @Test
    void aFailedUpgradeLeavesTheInstalledVersionServing() throws Exception {
        TestTenant tenant = TestTenant.create("sturdy");
        upload(echoAs("uploaded-v1", Map.of("Plugin-Id", "sturdy"))).expect(201);
        OPERATOR.put("/api/operator/tenants/" + tenant.slug() + "/plugins/sturdy", null).expect(200);
        String ping = tenant.path("/plugins/sturdy/ping");
        assertEquals("1.0.0", tenant.admin().get(ping).expect(200).json().getString("version"));

        upload(echoAs("uploaded-v1", Map.of("Plugin-Id", "sturdy", "Plugin-Version", "9/9")))
                .expectProblem(422, "Plugin-Version");
        JsonObject missingClass = upload(echoAs("uploaded-v2", Map.of("Plugin-Id", "sturdy",
                "Plugin-Class", "dev.annex.testplugins.echo.NoSuchPlugin"))).expectProblem(422, "file");
        assertTrue(missingClass.getString("detail").contains("NoSuchPlugin"), missingClass::toString);
        JsonObject notAPlugin = upload(echoAs("uploaded-v2", Map.of("Plugin-Id", "sturdy",
                "Plugin-Class", "dev.annex.testplugins.echo.EchoNote"))).expectProblem(422, "file");
        assertTrue(notAPlugin.getString("detail").contains("EchoNote"), notAPlugin::toString);
        upload(echoAs("uploaded-v2", Map.of("Plugin-Id", "sturdy", "Plugin-Requires", "9.0.0")))
                .expectProblem(422, "file");
        // The squatter's persistence unit maps ECHO_ tables: outside plugin sturdy's namespace.
        JsonObject trespass = upload(echoAs("squatter", Map.of("Plugin-Id", "sturdy", "Plugin-Version", "3.0.0")))
                .expectProblem(422, "file");
        assertTrue(trespass.getString("detail").contains("STURDY_"), trespass::toString);

        JsonObject still = listed("sturdy").orElseThrow();
        assertEquals("1.0.0", still.getString("version"));
        assertEquals("STARTED", still.getString("state"));
        assertEquals("1.0.0", tenant.admin().get(ping).expect(200).json().getString("version"),
                "the installed version keeps serving after every refused upgrade");

        assertEquals("2.0.0", upload(echoAs("uploaded-v2", Map.of("Plugin-Id", "sturdy"))).expect(201).json()
                .getString("version"));
        assertEquals("2.0.0", tenant.admin().get(ping).expect(200).json().getString("version"));
        OPERATOR.delete("/api/operator/plugins/sturdy").expect(204);
    }

    @Test
    void aPluginThatCannotBeCreatedCanBeRemovedAndReplaced() throws Exception {
        byte[] uncreatable = PluginJars.bytes(PluginJars.echo("uncreatable"));
        assertEquals("FAILED", upload(uncreatable).expect(201).json().getString("state"));
        assertEquals("FAILED", listed("uncreatable").orElseThrow().getString("state"));

        assertEquals("FAILED", upload(uncreatable).expect(201).json().getString("state"), "replaced");
        OPERATOR.delete("/api/operator/plugins/uncreatable").expect(204);
        assertTrue(listed("uncreatable").isEmpty());

        upload(uncreatable).expect(201);
        // Replaced by a version that works.
        JsonObject fixed = upload(echoAs("uploaded-v2", Map.of("Plugin-Id", "uncreatable"))).expect(201).json();
        assertEquals("STARTED", fixed.getString("state"), fixed::toString);
        OPERATOR.delete("/api/operator/plugins/uncreatable").expect(204);
    }
}
