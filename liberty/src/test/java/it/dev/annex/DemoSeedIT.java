package it.dev.annex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.testkit.server.Api;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The server under test runs with demo seeding on, as the README's run command does. */
class DemoSeedIT {

    @Test
    void theDemoAgentSeesTheSeededTickets() {
        JsonObject tickets = Api.basic("agent@demo.example", "demo").get("/api/t/demo/tickets").expect(200).json();
        assertEquals(4, tickets.getInt("total"));
        List<String> subjects = tickets.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(t -> t.getString("subject")).toList();
        assertTrue(subjects.contains("VPN drops every hour"), subjects::toString);
    }

    @Test
    void everyDemoPersonCanSignInWithTheDemoPassword() {
        for (String email : List.of("agent@demo.example", "sam@demo.example", "admin@acme.example",
                "carol@acme.example", "nora@northwind.example")) {
            Api.basic(email, "demo").get("/api/t/demo/me").expect(200);
        }
        Api.basic("operator@annex.local", "demo").get("/api/operator/session").expect(200);
    }

    @Test
    void theApiIsDescribedByAnOpenApiDocument() {
        String document = Api.anonymous().get("/openapi").expect(200).body();
        assertTrue(document.contains("/api/t/{tenant}/tickets"), "tickets path documented");
    }

    @Test
    void theDemoTenantHasEveryStartedPluginOn() {
        String plugins = Api.basic("agent@demo.example", "demo").get("/api/t/demo/plugins").expect(200).body();
        assertTrue(plugins.contains("\"echo\""), plugins);
        assertTrue(!plugins.contains("failing-start") && !plugins.contains("wrong-api"), plugins);
    }
}
