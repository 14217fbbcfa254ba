package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.annex.plugin.testkit.server.AnnexServer;
import dev.annex.plugin.testkit.server.TestTenant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * This plugin's jar in a real Annex on Open Liberty: `mvn verify` starts the server (the plugin
 * parent's end-to-end server, annex.server.skip=false in pom.xml) with the jar in its plugin folder,
 * runs this class against it and stops it. Each test class makes a tenant of its own.
 */
class ${classPrefix}IT {

    private static final String PLUGIN = AnnexServer.plugin();

    private static TestTenant tenant;
    private static String carol;
    private static String dan;

    @BeforeAll
    static void tenant() {
        tenant = AnnexServer.tenantWithPlugin("${pluginId}");
        carol = tenant.email("carol");
        dan = tenant.email("dan");
        tenant.person(carol, "CONTACT", tenant.organisation("Acme", "ACME-1"));
        tenant.person(dan, "CONTACT", tenant.organisation("Other", "OTHER-1"));
    }

    @Test
    void greetsTheCallerWithTheTenantsSettingOnTheirOwnTicket() {
        long ticket = tenant.ticket(tenant.as(carol), "VPN drops");
        String greeting = tenant.plugin(PLUGIN, "/greeting/" + ticket);
        assertEquals("Hello, carol!", tenant.as(carol).get(greeting).expect(200).json().getString("text"));

        tenant.admin().put(tenant.path("/admin/plugins/" + PLUGIN + "/settings"), "{\"greeting\":\"Good morning\"}")
                .expect(200);
        assertEquals("Good morning, carol!", tenant.as(carol).get(greeting).expect(200).json().getString("text"));

        tenant.as(dan).get(greeting).expectProblem(404);
    }
}
