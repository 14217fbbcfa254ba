package it.dev.annex.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PluginSettingsIT {

    private static TestTenant tenant;

    @BeforeAll
    static void tenant() {
        tenant = TestTenant.create("settings");
        PluginRuntimeIT.enable(tenant, "echo");
    }

    private static JsonObject ping() {
        return tenant.admin().get(tenant.path("/plugins/echo/ping")).expect(200).json();
    }

    private static String settingsPath() {
        return tenant.path("/admin/plugins/echo/settings");
    }

    @Test
    void defaultsApplyUntilAValidValueIsStoredAndReadByThePlugin() {
        assertEquals("hello", ping().getString("greeting"));
        tenant.admin().put(settingsPath(), "{\"greeting\":\"bonjour\",\"maxItems\":5,\"mode\":\"loud\",\"lifetime\":\"P30D\"}")
                .expect(200);
        JsonObject ping = ping();
        assertEquals("bonjour", ping.getString("greeting"));
        assertEquals(5, ping.getInt("maxItems"));

        tenant.admin().put(settingsPath(), "{\"greeting\":null}").expect(200);
        assertEquals("hello", ping().getString("greeting"), "cleared back to the default");
    }

    @Test
    void invalidValuesAreRejectedNamingEachFieldAndNothingIsStored() {
        tenant.admin().put(settingsPath(), "{\"greeting\":\"stored?\",\"maxItems\":99}").expectProblem(422, "maxItems");
        tenant.admin().put(settingsPath(), "{\"mode\":\"shouty\",\"lifetime\":\"a week\"}")
                .expectProblem(422, "lifetime", "mode");
        tenant.admin().put(settingsPath(), "{\"colour\":\"red\"}").expectProblem(422, "colour");
        tenant.admin().put(settingsPath(), "{\"maxItems\":\"many\"}").expectProblem(422, "maxItems");
        assertFalse(ping().getString("greeting").equals("stored?"));
    }

    @Test
    void aSecretCanBeWrittenButIsNeverReturned() {
        tenant.admin().put(settingsPath(), "{\"apiKey\":\"s3cr3t-value\"}").expect(200);
        String adminView = tenant.admin().get(tenant.path("/admin/plugins")).expect(200).body();
        String operatorView = TestTenant.OPERATOR.get("/api/operator/tenants/" + tenant.slug() + "/plugins/echo/settings")
                .expect(200).body();
        assertFalse(adminView.contains("s3cr3t-value"));
        assertFalse(operatorView.contains("s3cr3t-value"));
        assertTrue(ping().getBoolean("apiKeySet"));
    }

    @Test
    void onlyTenantAdminsConfigure() {
        tenant.person("agent@settings.example", "AGENT", null);
        tenant.as("agent@settings.example").put(settingsPath(), "{\"greeting\":\"hi\"}").expectProblem(403);
    }
}
