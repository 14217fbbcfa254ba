package dev.annex.plugins.casesharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.testkit.server.AnnexServer;
import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * This module's jar in a real Annex on Open Liberty, beside the partner-links plugin it depends on
 * (annex.server.plugins): a partnership made through partner-links, then the customer's admin
 * shares a ticket with the partner, whose contact then reads it through the host's own endpoints
 * until the share is removed.
 */
class CaseSharingIT {

    private static final String PLUGIN = AnnexServer.plugin();
    private static final String LINKS = "partner-links";

    private static TestTenant tenant;
    private static long partner;
    private static Api nora;
    private static Api ada;
    private static Api paul;
    private static Api carl;

    @BeforeAll
    static void partnership() {
        tenant = AnnexServer.tenantWithPlugin("sharing", LINKS);
        partner = tenant.organisation("Northwind Partners", "NW-100");
        long customer = tenant.organisation("Acme Corporation", "ACME-200");
        tenant.person(tenant.email("nora"), "ORGANISATION_ADMIN", partner);
        tenant.person(tenant.email("paul"), "CONTACT", partner);
        tenant.person(tenant.email("ada"), "ORGANISATION_ADMIN", customer);
        tenant.person(tenant.email("carl"), "CONTACT", customer);
        nora = tenant.as(tenant.email("nora"));
        ada = tenant.as(tenant.email("ada"));
        paul = tenant.as(tenant.email("paul"));
        carl = tenant.as(tenant.email("carl"));

        String secret = nora.post(tenant.plugin(LINKS, "/requests"), Json.createObjectBuilder().add("name", "Acme")
                .build()).expect(201).json().getString("secret");
        String terms = ada.post(tenant.plugin(LINKS, "/invitation/open"), Json.createObjectBuilder()
                .add("secret", secret).build()).expect(200).json().getString("termsVersion");
        ada.post(tenant.plugin(LINKS, "/invitation/accept"), Json.createObjectBuilder().add("secret", secret)
                .add("level", "COMMENT").add("termsVersion", terms).build()).expect(201);
    }

    private static JsonObject panel(long ticket) {
        return ada.get(tenant.plugin(PLUGIN, "/tickets/" + ticket + "/share")).expect(200).json();
    }

    @Test
    void aSharedTicketIsReadAndCommentedByThePartnersContactUntilTheShareIsRemoved() {
        long ticket = tenant.ticket(carl, "Printer on fire");
        paul.get(tenant.path("/tickets/" + ticket)).expectProblem(404);
        JsonObject before = panel(ticket);
        assertTrue(before.getBoolean("canManage"));
        assertTrue(before.getJsonArray("eligible").toString().contains("Northwind Partners"), before::toString);

        ada.put(tenant.plugin(PLUGIN, "/tickets/" + ticket + "/share"), Json.createObjectBuilder()
                .add("partnerId", partner).add("termsVersion", before.getString("termsVersion")).build()).expect(200);

        assertEquals("Printer on fire", paul.get(tenant.path("/tickets/" + ticket)).expect(200).json().getString("subject"),
                "the share is a host access grant: the host's own endpoint lets the partner in");
        paul.post(tenant.path("/tickets/" + ticket + "/comments"), "{\"body\":\"On it\"}").expect(201);

        ada.delete(tenant.plugin(PLUGIN, "/tickets/" + ticket + "/share")).expect(200);
        paul.get(tenant.path("/tickets/" + ticket)).expectProblem(404);
    }
}
