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
class PartnerAccessIT {

    private static final String PLUGIN = AnnexServer.plugin();

    private static TestTenant tenant;
    private static Api ada;
    private static long carlTicket;
    private static long customerId;
    private static long pamId;
    private static String pam;

    @BeforeAll
    static void customerAndPartner() {
        tenant = AnnexServer.tenantWithPlugin("grants");
        long customer = tenant.organisation("Customer Ltd", "CUST");
        customerId = customer;
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

    private static boolean offeredPartnerAccess(Api who) {
        return who.get(tenant.path("/plugins")).expect(200).array().getValuesAs(JsonObject.class).stream()
                .flatMap(p -> p.getJsonArray("ui").getValuesAs(JsonObject.class).stream())
                .anyMatch(c -> c.getString("element").equals("pg-partner-access"));
    }

    /**
     * Partner access is a partner's page (seed fidelity, issue 16): a customer's contacts and
     * agents no one named are not offered it; a grant to a person's organisation, or a request of
     * their own, makes them a partner; the tenant's setting offers it to everyone.
     */
    @Test
    void partnerAccessIsOfferedToPartnersOnlyUnlessTheTenantOffersItToEveryone() {
        long reseller = tenant.organisation("Reseller Ltd", "RESELL");
        long other = tenant.organisation("Other Partner Ltd", "OTHERP");
        tenant.person(tenant.email("rob"), "CONTACT", reseller);
        tenant.person(tenant.email("rae"), "ORGANISATION_ADMIN", reseller);
        tenant.person(tenant.email("ola"), "CONTACT", other);
        tenant.person(tenant.email("agnes"), "AGENT", null);
        Api rob = tenant.as(tenant.email("rob"));
        Api rae = tenant.as(tenant.email("rae"));
        Api ola = tenant.as(tenant.email("ola"));
        Api carl = tenant.as(tenant.email("carl"));
        for (Api nobody : List.of(rob, rae, ola, carl, ada, tenant.as(tenant.email("agnes")))) {
            assertFalse(offeredPartnerAccess(nobody), "no grant names them and they asked no one");
        }

        String expires = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        ada.post(tenant.plugin(PLUGIN, "/grants"), Json.createObjectBuilder().add("subjectKind", "ORGANISATION")
                .add("subjectId", reseller).add("level", "VIEW").add("expiresAt", expires).build()).expect(201);
        assertTrue(offeredPartnerAccess(rob), "a grant to their organisation makes its people partners");
        assertTrue(offeredPartnerAccess(rae));
        assertFalse(offeredPartnerAccess(ola));

        ola.post(tenant.plugin(PLUGIN, "/requests"), Json.createObjectBuilder().add("customerId",
                customerId).add("level", "VIEW").add("expiresAt", expires).build()).expect(201);
        assertTrue(offeredPartnerAccess(ola), "asking a customer for access makes one a partner");
        assertFalse(offeredPartnerAccess(carl), "the customer's own contact still is none");

        tenant.admin().put(tenant.path("/admin/plugins/" + PLUGIN + "/settings"),
                "{\"partnerAccessForEveryone\":\"true\"}").expect(200);
        assertTrue(offeredPartnerAccess(carl), "offered to every contact when the tenant says so");
        assertFalse(offeredPartnerAccess(tenant.admin()), "but never to tenant admins (its roles)");
        tenant.admin().put(tenant.path("/admin/plugins/" + PLUGIN + "/settings"),
                "{\"partnerAccessForEveryone\":\"false\"}").expect(200);
        assertFalse(offeredPartnerAccess(carl));
    }
}
