package dev.annex.plugins.reseller;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.testkit.server.AnnexServer;
import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * This module's jar in a real Annex on Open Liberty: the tenant's admin places a distributor and
 * partners, a partner's admin adds a customer, which the distributor above sees and another
 * partner does not.
 */
class ResellerHierarchyIT {

    private static final String PLUGIN = AnnexServer.plugin();

    private static TestTenant tenant;
    private static Api dora;
    private static Api pat;
    private static Api rita;

    @BeforeAll
    static void tree() {
        tenant = AnnexServer.tenantWithPlugin("reseller");
        long dunmore = tenant.organisation("Dunmore Distribution", "DUN-1");
        long northwind = tenant.organisation("Northwind Partners", "NW-1");
        long riverside = tenant.organisation("Riverside Systems", "RIV-1");
        place(dunmore, "DISTRIBUTOR", null);
        place(northwind, "PARTNER", dunmore);
        place(riverside, "PARTNER", null);
        tenant.person(tenant.email("dora"), "ORGANISATION_ADMIN", dunmore);
        tenant.person(tenant.email("pat"), "ORGANISATION_ADMIN", northwind);
        tenant.person(tenant.email("rita"), "ORGANISATION_ADMIN", riverside);
        dora = tenant.as(tenant.email("dora"));
        pat = tenant.as(tenant.email("pat"));
        rita = tenant.as(tenant.email("rita"));
        for (Api admin : List.of(dora, pat, rita)) {
            admin.get(tenant.plugin(PLUGIN, "/me")).expect(200);
        }
    }

    private static void place(long organisation, String kind, Long parentId) {
        var body = Json.createObjectBuilder().add("kind", kind);
        if (parentId != null) {
            body.add("parentId", parentId);
        }
        tenant.admin().put(tenant.plugin(PLUGIN, "/organisations/" + organisation), body.build()).expect(201);
    }

    private static List<String> customers(Api who) {
        return who.get(tenant.plugin(PLUGIN, "/customers?size=50")).expect(200).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(c -> c.getString("name")).toList();
    }

    @Test
    void aPartnersNewCustomerIsSeenUpTheTreeAndNotAcrossIt() {
        pat.post(tenant.plugin(PLUGIN, "/customers"), Json.createObjectBuilder().add("name", "Acme Corporation")
                .add("email", "admin@acme-" + tenant.slug() + ".example").build()).expect(201);

        assertTrue(customers(pat).contains("Acme Corporation"), () -> customers(pat).toString());
        assertTrue(customers(dora).contains("Acme Corporation"), "the distributor above the partner sees it");
        assertFalse(customers(rita).contains("Acme Corporation"), "another partner does not");
        assertTrue(tenant.admin().get(tenant.path("/organisations")).expect(200).body().contains("Acme Corporation"),
                "the customer is a host organisation, made through the plugin API");
    }
}
