package dev.annex.plugins.casesharing;

import static dev.annex.plugins.partnerlinks.Partners.LINKS;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.Mailbox;
import dev.annex.plugin.testkit.server.Reply;
import dev.annex.plugin.testkit.server.TestTenant;
import dev.annex.plugins.partnerlinks.Partners;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * case-sharing on a running server: the customer's admin shares an open ticket with an eligible
 * partner; the partner's people then find and work it through the host's own ticket endpoints
 * (the share is a host access grant, folded into the host's queries) at the partnership's level;
 * the share changes, is removed, ends with the partnership and with either plugin turned off.
 */
public class CaseSharingIT {

    static final String SHARING = "/plugins/case-sharing";

    @RegisterExtension
    static final Mailbox MAIL = new Mailbox();

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    Partners p;
    Api ada;
    Api paul;
    long ticket;
    long otherTicket;

    /**
     * The partner and customer the tests run on (partner-links' fixture, from its test jar): on the
     * built-in help desk here (on RT in the host's {@code CaseSharingOnRtIT}).
     */
    protected Partners partners(String prefix) {
        return new Partners(TestTenant.create(prefix));
    }

    /** {@link #partners} with this plugin on too. */
    private Partners sharing(String prefix) {
        Partners partners = partners(prefix);
        partners.tenant.enable("case-sharing");
        return partners;
    }

    JsonObject panel(Api who, long ticket) {
        return who.get(p.path(SHARING + "/tickets/" + ticket + "/share")).expect(200).json();
    }

    Reply share(Api who, long ticket, long partnerId) {
        String version = panel(who, ticket).getString("termsVersion");
        return who.put(p.path(SHARING + "/tickets/" + ticket + "/share"), Json.createObjectBuilder()
                .add("partnerId", partnerId).add("termsVersion", version).build());
    }

    @BeforeEach
    void customerWithATicket() {
        p = sharing("sharing");
        ada = p.as("ada");
        paul = p.as("paul");
        ticket = p.tenant.ticket(p.as("carl"), "Printer on fire");
        otherTicket = p.tenant.ticket(p.as("carl"), "Not shared");
    }

    List<Long> listed(Api who, String query) {
        return who.get(p.path("/tickets?size=100" + query)).expect(200).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(t -> t.getJsonNumber("id").longValue()).toList();
    }

    long number(long id) {
        return p.tenant.admin().get(p.path("/tickets/" + id)).expect(200).json().getJsonNumber("number").longValue();
    }

    long version(long id) {
        return p.tenant.admin().get(p.path("/tickets/" + id)).expect(200).json().getJsonNumber("version").longValue();
    }

    /** What a partner contact can do on the shared ticket and on the customer's other ticket. */
    String actions(Api who) {
        List<String> cells = new ArrayList<>();
        cells.add(listed(who, "").contains(ticket) ? "listed" : "unlisted");
        cells.add(listed(who, "&shared=true").contains(ticket) ? "shared-view" : "not-in-shared-view");
        cells.add("read " + who.get(p.path("/tickets/" + ticket)).status());
        cells.add("comments " + who.get(p.path("/tickets/" + ticket + "/comments")).status());
        cells.add("comment " + who.post(p.path("/tickets/" + ticket + "/comments"), "{\"body\":\"On it\"}").status());
        cells.add("update " + who.header("If-Match", "\"" + version(ticket) + "\"").patch(p.path("/tickets/" + ticket),
                "{\"subject\":\"Printer on fire " + SEQUENCE.incrementAndGet() + "\"}").status());
        cells.add("other " + who.get(p.path("/tickets/" + otherTicket)).status());
        return String.join(", ", cells);
    }

    @Test
    void theCustomersAdminSharesAnOpenTicketWithAnEligiblePartnerWhoIsMailed() {
        JsonObject before = panel(ada, ticket);
        assertTrue(before.getBoolean("canManage"));
        assertTrue(before.getBoolean("open"));
        assertTrue(before.isNull("share"));
        assertEquals(List.of(), before.getJsonArray("eligible"), "no partnership yet, nobody to share with");
        share(ada, ticket, p.partner).expectProblem(422, "partnerId");

        p.partnership("COMMENT");
        JsonObject panel = panel(ada, ticket);
        JsonObject eligible = panel.getJsonArray("eligible").getJsonObject(0);
        assertEquals("Northwind Partners", eligible.getString("name"));
        assertEquals("COMMENT", eligible.getString("level"));
        assertTrue(panel.getString("terms").startsWith("By sharing this case"), panel::toString);

        JsonObject share = share(ada, ticket, p.partner).expect(200).json();
        assertEquals("Northwind Partners", share.getString("partnerName"));
        assertEquals("COMMENT", share.getString("level"));
        assertEquals("ada", share.getString("sharedByName"));
        assertEquals("Northwind Partners", panel(ada, ticket).getJsonObject("share").getString("partnerName"));

        MimeMessage mail = await().atMost(Duration.ofSeconds(60)).until(() -> Arrays.stream(MAIL.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(p.email("nora"))
                                && m.getSubject().equals("Acme Corporation shared case #" + number(ticket)
                                + " with Northwind Partners");
                    } catch (Exception e) {
                        return false;
                    }
                }).findFirst(), java.util.Optional::isPresent).get();
        assertTrue(Mailbox.body(mail).contains("Printer on fire"), Mailbox.body(mail));
        assertTrue(p.tenant.admin().get(p.path("/admin/audit?size=100")).expect(200).body().contains("share.created"));

        JsonObject partnerView = panel(p.as("nora"), ticket);
        assertFalse(partnerView.getBoolean("canManage"));
        assertEquals(List.of(), partnerView.getJsonArray("eligible"));
    }

    @Test
    void thePartnersPeopleWorkASharedTicketAtThePartnershipsLevelAndNoMore() {
        assertEquals("unlisted, not-in-shared-view, read 404, comments 404, comment 404, update 404, other 404",
                actions(paul));
        String[][] rows = {
                {"READ", "listed, shared-view, read 200, comments 200, comment 403, update 403, other 404"},
                {"COMMENT", "listed, shared-view, read 200, comments 200, comment 201, update 403, other 404"},
                {"UPDATE", "listed, shared-view, read 200, comments 200, comment 201, update 200, other 404"},
        };
        StringBuilder expected = new StringBuilder();
        StringBuilder actual = new StringBuilder();
        for (String[] row : rows) {
            long partnership = p.partnership(row[0]);
            share(ada, ticket, p.partner).expect(200);
            expected.append(row[0]).append(": ").append(row[1]).append('\n');
            actual.append(row[0]).append(": ").append(actions(paul)).append('\n');
            p.as("nora").delete(p.path(LINKS + "/partnerships/" + partnership)).expect(200);
        }
        assertEquals(expected.toString(), actual.toString());
        assertEquals("unlisted, not-in-shared-view, read 404, comments 404, comment 404, update 404, other 404",
                actions(paul), "removing the partnership ended the share");
    }

    @Test
    void theShareChangesToAnotherPartnerAndIsRemovedWithImmediateEffect() {
        p.partnership("READ");
        long contoso = p.otherPartner("Contoso Services", "cody", "UPDATE");
        Api cody = p.as("cody");
        share(ada, ticket, p.partner).expect(200);
        assertEquals(200, paul.get(p.path("/tickets/" + ticket)).status());
        assertEquals(404, cody.get(p.path("/tickets/" + ticket)).status());

        JsonObject changed = share(ada, ticket, contoso).expect(200).json();
        assertEquals("Contoso Services", changed.getString("partnerName"));
        assertEquals("UPDATE", changed.getString("level"));
        assertEquals(404, paul.get(p.path("/tickets/" + ticket)).status(), "the old partner lost it at once");
        assertEquals(200, cody.get(p.path("/tickets/" + ticket)).status());
        assertTrue(listed(cody, "&shared=true").contains(ticket));

        JsonObject removed = ada.delete(p.path(SHARING + "/tickets/" + ticket + "/share")).expect(200).json();
        assertTrue(removed.isNull("share"));
        assertEquals(404, cody.get(p.path("/tickets/" + ticket)).status());
        ada.delete(p.path(SHARING + "/tickets/" + ticket + "/share")).expectProblem(404);
        String trail = p.tenant.admin().get(p.path("/admin/audit?size=100")).expect(200).body();
        for (String action : List.of("share.created", "share.changed", "share.removed")) {
            assertTrue(trail.contains(action), action);
        }
    }

    @Test
    void onlyTheTicketOrganisationsAdminsShareAndOnlyOpenTickets() {
        p.partnership("READ");
        share(p.as("carl"), ticket, p.partner).expectProblem(403);
        share(p.tenant.admin(), ticket, p.partner).expectProblem(403);
        share(ada, ticket, p.partner).expect(200);
        share(p.as("nora"), ticket, p.partner).expectProblem(403);
        p.as("nora").delete(p.path(SHARING + "/tickets/" + ticket + "/share")).expectProblem(403);
        paul.get(p.path(SHARING + "/tickets/" + otherTicket + "/share")).expectProblem(404);

        String url = p.path(SHARING + "/tickets/" + otherTicket + "/share");
        String version = panel(ada, otherTicket).getString("termsVersion");
        ada.put(url, "{\"termsVersion\":\"" + version + "\"}").expectProblem(422, "partnerId");
        ada.put(url, "{\"partnerId\":" + p.partner + "}").expectProblem(422, "termsVersion");
        ada.put(url, "{\"partnerId\":" + p.partner + ",\"termsVersion\":\"v-000000000000\"}").expectProblem(409, "termsVersion");
        ada.put(url, "{\"partnerId\":" + p.customer + ",\"termsVersion\":\"" + version + "\"}").expectProblem(422, "partnerId");
        assertTrue(panel(ada, otherTicket).isNull("share"), "nothing was written");

        p.tenant.admin().header("If-Match", "\"" + version(otherTicket) + "\"")
                .patch(p.path("/tickets/" + otherTicket), "{\"status\":\"CLOSED\"}").expect(200);
        assertFalse(panel(ada, otherTicket).getBoolean("open"));
        share(ada, otherTicket, p.partner).expectProblem(409, "status");
    }

    @Test
    void turningCaseSharingOffEndsPartnerAccessAtOnceAndOnRestoresIt() {
        p.partnership("COMMENT");
        share(ada, ticket, p.partner).expect(200);
        assertEquals(200, paul.get(p.path("/tickets/" + ticket)).status());

        p.tenant.disable("case-sharing");
        assertEquals(404, paul.get(p.path("/tickets/" + ticket)).status());
        assertFalse(listed(paul, "&shared=true").contains(ticket));
        p.tenant.enable("case-sharing");
        assertEquals(200, paul.get(p.path("/tickets/" + ticket)).status());
        assertEquals(201, paul.post(p.path("/tickets/" + ticket + "/comments"), "{\"body\":\"Back\"}").status());
    }

    @Test
    void aPartnershipRemovedWhileCaseSharingIsOffLeavesNoShareToRestore() {
        long partnership = p.partnership("COMMENT");
        share(ada, ticket, p.partner).expect(200);
        p.tenant.disable("case-sharing");
        p.as("nora").delete(p.path(LINKS + "/partnerships/" + partnership)).expect(200);
        p.tenant.enable("case-sharing");
        assertEquals(404, paul.get(p.path("/tickets/" + ticket)).status());
        assertTrue(panel(ada, ticket).isNull("share"));
    }

    @Test
    void turningPartnerLinksOffTakesCaseSharingWithItOnlyWhenAskedAndEndsAccessUntilBothAreOnAgain() {
        p.partnership("COMMENT");
        share(ada, ticket, p.partner).expect(200);
        String plugins = "/api/operator/tenants/" + p.tenant.slug() + "/plugins/";
        String refused = TestTenant.OPERATOR.delete(plugins + "partner-links").expectProblem(409).getString("detail");
        assertTrue(refused.contains("case-sharing depends on partner-links"), refused);
        assertEquals(200, paul.get(p.path("/tickets/" + ticket)).status(), "a refusal changes nothing");

        TestTenant.OPERATOR.delete(plugins + "partner-links?withDependants=true").expect(200);
        assertEquals(404, paul.get(p.path("/tickets/" + ticket)).status());
        assertFalse(listed(paul, "&shared=true").contains(ticket));
        ada.get(p.path(SHARING + "/tickets/" + ticket + "/share")).expectProblem(404);

        String needs = TestTenant.OPERATOR.put(plugins + "case-sharing", null).expectProblem(409).getString("detail");
        assertTrue(needs.contains("case-sharing needs partner-links"), needs);
        TestTenant.OPERATOR.put(plugins + "case-sharing?withDependencies=true", null).expect(200);
        assertEquals(200, paul.get(p.path("/tickets/" + ticket)).status(), "the share is back with both plugins");
        assertEquals("Northwind Partners", panel(ada, ticket).getJsonObject("share").getString("partnerName"));
    }

    @Test
    void anotherTenantsTicketsAndSharesAreNotFound() {
        p.partnership("READ");
        share(ada, ticket, p.partner).expect(200);
        Partners other = sharing("sharing-other");
        other.as("ada").get(other.path(SHARING + "/tickets/" + ticket + "/share")).expectProblem(404);
        other.as("ada").put(other.path(SHARING + "/tickets/" + ticket + "/share"), Json.createObjectBuilder()
                .add("partnerId", p.partner).add("termsVersion", "v-x").build()).expectProblem(404);
        other.as("ada").delete(other.path(SHARING + "/tickets/" + ticket + "/share")).expectProblem(404);
        other.as("paul").get(other.path("/tickets/" + ticket)).expectProblem(404);
        assertEquals(200, paul.get(p.path("/tickets/" + ticket)).status());
    }
}
