package dev.annex.plugins.grants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.testkit.server.AnnexServer;
import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * This module's jar in a real Annex on Open Liberty: a customer's admin grants a partner's contact
 * a level, and the host's own ticket endpoints then let the partner read (and only read) the
 * customer's tickets, until the grant is revoked.
 */
class PermissionGrantsIT {

    private static final String PLUGIN = AnnexServer.plugin();

    private static TestTenant tenant;
    private static Api ada;
    private static long carlTicket;
    private static long pamId;
    private static String pam;

    @BeforeAll
    static void customerAndPartner() {
        tenant = AnnexServer.tenantWithPlugin("grants");
        long customer = tenant.organisation("Customer Ltd", "CUST");
        long partner = tenant.organisation("Partner Ltd", "PART");
        tenant.person(tenant.email("ada"), "ORGANISATION_ADMIN", customer);
        tenant.person(tenant.email("carl"), "CONTACT", customer);
        pam = tenant.email("pam");
        pamId = tenant.person(pam, "CONTACT", partner);
        ada = tenant.as(tenant.email("ada"));
        carlTicket = tenant.ticket(tenant.as(tenant.email("carl")), "Printer on fire");
    }

    private static List<Long> listed(Api who) {
        return who.get(tenant.path("/tickets?size=100")).expect(200).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(t -> t.getJsonNumber("id").longValue()).toList();
    }

    @Test
    void aViewGrantLetsThePartnerReadTheCustomersTicketsButNotCommentUntilRevoked() {
        Api partner = tenant.as(pam);
        partner.get(tenant.path("/tickets/" + carlTicket)).expectProblem(404);
        assertFalse(listed(partner).contains(carlTicket));

        long grant = ada.post(tenant.plugin(PLUGIN, "/grants"), Json.createObjectBuilder()
                .add("subjectKind", "PERSON").add("subjectId", pamId).add("level", "VIEW")
                .add("expiresAt", Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString())
                .build()).expect(201).id();

        assertEquals("Printer on fire", partner.get(tenant.path("/tickets/" + carlTicket)).expect(200).json()
                .getString("subject"), "the host's ticket query folds the plugin's grant in");
        assertTrue(listed(partner).contains(carlTicket));
        partner.post(tenant.path("/tickets/" + carlTicket + "/comments"), "{\"body\":\"hello\"}").expectProblem(403);

        ada.delete(tenant.plugin(PLUGIN, "/grants/" + grant)).expect(204);
        partner.get(tenant.path("/tickets/" + carlTicket)).expectProblem(404);
        assertFalse(listed(partner).contains(carlTicket), "revoked: the partner sees nothing of the customer's");
    }
}
