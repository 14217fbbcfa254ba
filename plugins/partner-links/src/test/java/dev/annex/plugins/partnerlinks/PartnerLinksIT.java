package dev.annex.plugins.partnerlinks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.annex.plugin.testkit.server.AnnexServer;
import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * This module's jar in a real Annex on Open Liberty: a partner's admin makes a link, the customer's
 * admin opens and accepts it, and both then see the partnership; the link is used up.
 */
class PartnerLinksIT {

    private static final String PLUGIN = AnnexServer.plugin();

    private static TestTenant tenant;
    private static Api nora;
    private static Api ada;

    @BeforeAll
    static void partnerAndCustomer() {
        tenant = AnnexServer.tenantWithPlugin("plinks");
        long partner = tenant.organisation("Northwind Partners", "NW-100");
        long customer = tenant.organisation("Acme Corporation", "ACME-200");
        tenant.person(tenant.email("nora"), "ORGANISATION_ADMIN", partner);
        tenant.person(tenant.email("ada"), "ORGANISATION_ADMIN", customer);
        nora = tenant.as(tenant.email("nora"));
        ada = tenant.as(tenant.email("ada"));
    }

    private static List<JsonObject> partnerships(Api who) {
        return who.get(tenant.plugin(PLUGIN, "/partnerships")).expect(200).array().getValuesAs(JsonObject.class);
    }

    @Test
    void theCustomersAdminAcceptsThePartnersLinkAndBothSeeThePartnership() {
        JsonObject created = nora.post(tenant.plugin(PLUGIN, "/requests"),
                Json.createObjectBuilder().add("name", "Acme – managed printers").build()).expect(201).json();
        String secret = created.getString("secret");
        assertFalse(nora.get(tenant.plugin(PLUGIN, "/requests")).expect(200).body().contains(secret),
                "the list never shows the secret");

        JsonObject invitation = ada.post(tenant.plugin(PLUGIN, "/invitation/open"),
                Json.createObjectBuilder().add("secret", secret).build()).expect(200).json();
        assertEquals("Northwind Partners", invitation.getString("partnerName"));
        ada.post(tenant.plugin(PLUGIN, "/invitation/accept"), Json.createObjectBuilder().add("secret", secret)
                .add("level", "COMMENT").add("termsVersion", invitation.getString("termsVersion")).build()).expect(201);

        JsonObject partnerSide = partnerships(nora).get(0);
        assertEquals("CUSTOMER", partnerSide.getString("otherSide"));
        assertEquals("Acme Corporation", partnerSide.getString("accountName"));
        assertEquals("COMMENT", partnerSide.getString("defaultLevel"));
        JsonObject customerSide = partnerships(ada).get(0);
        assertEquals("PARTNER", customerSide.getString("otherSide"));
        assertEquals("Northwind Partners", customerSide.getString("accountName"));
        ada.post(tenant.plugin(PLUGIN, "/invitation/open"), Json.createObjectBuilder().add("secret", secret).build())
                .expectProblem(404);
    }
}
