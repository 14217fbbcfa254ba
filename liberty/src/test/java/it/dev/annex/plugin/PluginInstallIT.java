package it.dev.annex.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import it.dev.annex.support.PluginJars;
import dev.annex.plugin.testkit.server.Reply;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Install, use, upgrade, use, uninstall — all while the server keeps running. */
class PluginInstallIT {

    private static Path jar(String classifier) {
        return Path.of(System.getProperty("annex.it.plugins"),
                "annex-test-plugin-echo-" + System.getProperty("annex.it.version") + "-" + classifier + ".jar");
    }

    private static Reply upload(byte[] body) {
        return PluginJars.upload(body);
    }

    @Test
    void aPluginIsInstalledUpgradedAndUninstalledWithoutARestart() throws Exception {
        TestTenant tenant = TestTenant.create("install");

        JsonObject installed = upload(Files.readAllBytes(jar("uploaded-v1"))).expect(201).json();
        assertEquals("uploaded", installed.getString("id"));
        assertEquals("STARTED", installed.getString("state"));
        PluginRuntimeIT.enable(tenant, "uploaded");
        assertEquals("1.0.0", tenant.admin().get(tenant.path("/plugins/uploaded/ping")).expect(200).json().getString("version"));

        JsonObject upgraded = upload(Files.readAllBytes(jar("uploaded-v2"))).expect(201).json();
        assertEquals("2.0.0", upgraded.getString("version"));
        assertEquals("2.0.0", tenant.admin().get(tenant.path("/plugins/uploaded/ping")).expect(200).json().getString("version"),
                "the tenant keeps the plugin on across the upgrade");

        TestTenant.OPERATOR.delete("/api/operator/plugins/uploaded").expect(204);
        tenant.admin().get(tenant.path("/plugins/uploaded/ping")).expectProblem(404);
        assertFalse(TestTenant.OPERATOR.get("/api/operator/plugins").body().contains("\"uploaded\""));
        TestTenant.OPERATOR.delete("/api/operator/plugins/uploaded").expectProblem(404);

        tenant.admin().get(tenant.path("/plugins")).expect(200);
    }

    @Test
    void aFileThatIsNotAPluginIsRejected() throws Exception {
        upload("not a jar".getBytes()).expectProblem(422, "file");
    }
}
