package dev.annex.plugins.grants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.Eventually;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The permission-grants plugin on a running server: each level allows what it says and no more,
 * the precedence table of the plugin's README, expiry, revocation, disabling, tenant isolation
 * and the audit of every change. Access goes through the host's own ticket endpoints, so what is
 * asserted is the host's single ticket query with the plugin's grants folded in.
 */
public class PermissionGrantsIT {

    static final String PLUGIN = "/plugins/permission-grants";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    TestTenant tenant;
    long customer;
    long partner;
    long carl;
    long ticket;
    long otherTicket;
    Api ada;

    @BeforeEach
    void customerAndPartner() {
        tenant = newTenant("pg");
        tenant.enable("permission-grants");
        customer = tenant.organisation("Customer Ltd", "CUST");
        partner = tenant.organisation("Partner Ltd", "PART");
        tenant.person("ada@customer.example", "ORGANISATION_ADMIN", customer);
        carl = tenant.person("carl@customer.example", "CONTACT", customer);
        ada = tenant.as("ada@customer.example");
        ticket = tenant.ticket(tenant.as("carl@customer.example"), "Printer on fire");
        otherTicket = tenant.ticket(tenant.as("carl@customer.example"), "Second ticket");
    }

    /** The tenant the tests run on: on the built-in help desk here ({@link PermissionGrantsOnRtIT}: on RT). */
    protected TestTenant newTenant(String prefix) {
        return TestTenant.create(prefix);
    }

    static Instant inDays(int days) {
        return Instant.now().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    }

    long grantTo(String kind, long subjectId, String level, Instant expiresAt) {
        return ada.post(tenant.path(PLUGIN + "/grants"), Json.createObjectBuilder().add("subjectKind", kind)
                .add("subjectId", subjectId).add("level", level).add("expiresAt", expiresAt.toString()).build())
                .expect(201).id();
    }

    void addContact(long ticketId, long personId) {
        ada.post(tenant.path(PLUGIN + "/tickets/" + ticketId + "/contacts"), "{\"personId\":" + personId + "}").expect(201);
    }

    List<Long> visible(Api api) {
        return api.get(tenant.path("/tickets?size=100")).expect(200).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(t -> t.getJsonNumber("id").longValue()).toList();
    }

    long version(long ticketId) {
        return tenant.admin().get(tenant.path("/tickets/" + ticketId)).expect(200).json().getJsonNumber("version").longValue();
    }

    /** What one person can do to the customer's ticket and for the customer, as HTTP statuses. */
    String actions(Api api) {
        List<String> cells = new ArrayList<>();
        cells.add(visible(api).contains(ticket) ? "listed" : "unlisted");
        cells.add("read " + api.get(tenant.path("/tickets/" + ticket)).status());
        cells.add("other " + api.get(tenant.path("/tickets/" + otherTicket)).status());
        cells.add("comment " + api.post(tenant.path("/tickets/" + ticket + "/comments"), "{\"body\":\"hello\"}").status());
        cells.add("update " + api.header("If-Match", "\"" + version(ticket) + "\"")
                .patch(tenant.path("/tickets/" + ticket), "{\"subject\":\"Renamed " + SEQUENCE.incrementAndGet() + "\"}")
                .status());
        cells.add("create " + api.post(tenant.path("/tickets"), Json.createObjectBuilder()
                .add("subject", "On behalf").add("requesterId", carl).build()).status());
        cells.add("contacts " + api.post(tenant.path("/people"), Json.createObjectBuilder()
                .add("email", "new" + SEQUENCE.incrementAndGet() + "@customer.example").add("displayName", "New")
                .add("role", "CONTACT").add("organisationId", customer).build()).status());
        cells.add("admin " + api.post(tenant.path(PLUGIN + "/admin-requests"), Json.createObjectBuilder()
                .add("customerId", customer).add("kind", "CONFIGURATION_CHANGE").add("details", "Please").build())
                .status());
        return String.join(", ", cells);
    }

    @Test
    void eachLevelAllowsExactlyWhatItSays() {
        String[][] rows = {
                {"none", null, "unlisted, read 404, other 404, comment 404, update 404, create 403, contacts 403, admin 403"},
                {"cc", "CC", "listed, read 200, other 404, comment 403, update 403, create 403, contacts 403, admin 403"},
                {"view", "VIEW", "listed, read 200, other 200, comment 403, update 403, create 403, contacts 403, admin 403"},
                {"update", "UPDATE", "listed, read 200, other 200, comment 201, update 200, create 403, contacts 403, admin 403"},
                {"create", "CREATE", "listed, read 200, other 200, comment 201, update 200, create 201, contacts 403, admin 403"},
                {"sa", "SERVICE_ADMIN", "listed, read 200, other 200, comment 201, update 200, create 201, contacts 403, admin 201"},
                {"fa", "FULL_ADMIN", "listed, read 200, other 200, comment 201, update 200, create 201, contacts 201, admin 201"},
        };
        StringBuilder expected = new StringBuilder();
        StringBuilder actual = new StringBuilder();
        for (String[] row : rows) {
            long person = tenant.person(row[0] + "@partner.example", "CONTACT", partner);
            if (row[1] != null) {
                grantTo("PERSON", person, row[1], inDays(30));
            }
            if ("CC".equals(row[1])) {
                addContact(ticket, person);
            }
            expected.append(row[0]).append(": ").append(row[2]).append('\n');
            actual.append(row[0]).append(": ").append(actions(tenant.as(row[0] + "@partner.example"))).append('\n');
        }
        assertEquals(expected.toString(), actual.toString());
    }

    /** Who may list a customer's contacts, to pick a point of contact for a ticket opened on its behalf. */
    @Test
    void theCustomerContactPickerIsForPartnersWithCreateOrAbove() {
        String url = tenant.path(PLUGIN + "/customers/" + customer + "/contacts");
        long gone = tenant.person("gone@customer.example", "CONTACT", customer);
        tenant.admin().patch(tenant.path("/people/" + gone), "{\"active\":false}").expect(200);
        String[][] rows = {
                {"none", null, "403"}, {"cc", "CC", "403"}, {"view", "VIEW", "403"}, {"update", "UPDATE", "403"},
                {"create", "CREATE", "200"}, {"sa", "SERVICE_ADMIN", "200"}, {"fa", "FULL_ADMIN", "200"},
        };
        StringBuilder expected = new StringBuilder();
        StringBuilder actual = new StringBuilder();
        for (String[] row : rows) {
            long person = tenant.person(row[0] + "@partner.example", "CONTACT", partner);
            if (row[1] != null) {
                grantTo("PERSON", person, row[1], inDays(30));
            }
            expected.append(row[0]).append(' ').append(row[2]).append('\n');
            actual.append(row[0]).append(' ').append(tenant.as(row[0] + "@partner.example").get(url).status()).append('\n');
        }
        assertEquals(expected.toString(), actual.toString());

        // The customer's active contacts and organisation admins, nobody else (not the partner, not the inactive).
        List<String> emails = tenant.as("create@partner.example").get(url).expect(200).array().getValuesAs(JsonObject.class)
                .stream().map(c -> c.getString("email")).sorted().toList();
        assertEquals(List.of("ada@customer.example", "carl@customer.example"), emails);

        // An organisation grant with Create reaches its members; a personal CC narrows one of them.
        long p2 = tenant.organisation("P2", "P2");
        long narrowed = tenant.person("narrowed@p2.example", "CONTACT", p2);
        tenant.person("member@p2.example", "CONTACT", p2);
        long orgGrant = grantTo("ORGANISATION", p2, "CREATE", inDays(30));
        grantTo("PERSON", narrowed, "CC", inDays(30));
        tenant.as("member@p2.example").get(url).expect(200);
        tenant.as("narrowed@p2.example").get(url).expectProblem(403);
        // Revoked: at once.
        ada.delete(tenant.path(PLUGIN + "/grants/" + orgGrant)).expect(204);
        tenant.as("member@p2.example").get(url).expectProblem(403);
        // The customer's own people are not its partners; unknown organisations answer 404.
        ada.get(url).expectProblem(403);
        tenant.as("create@partner.example").get(tenant.path(PLUGIN + "/customers/999999999/contacts")).expectProblem(404);
    }

    /** Rows of the precedence table in plugins/permission-grants/README.md, in order. */
    @Test
    void precedenceTable() {
        // 1. An organisation grant reaches every member.
        long p1 = tenant.organisation("P1", "P1");
        tenant.person("m1@p1.example", "CONTACT", p1);
        grantTo("ORGANISATION", p1, "VIEW", inDays(30));
        assertEquals("listed, read 200, other 200, comment 403, update 403, create 403, contacts 403, admin 403",
                actions(tenant.as("m1@p1.example")), "1: organisation View");

        // 2. Organisation View, person Full Admin: the person has Full Admin, a colleague View.
        long p2 = tenant.organisation("P2", "P2");
        long boss = tenant.person("boss@p2.example", "CONTACT", p2);
        tenant.person("colleague@p2.example", "CONTACT", p2);
        grantTo("ORGANISATION", p2, "VIEW", inDays(30));
        grantTo("PERSON", boss, "FULL_ADMIN", inDays(30));
        assertEquals("listed, read 200, other 200, comment 201, update 200, create 201, contacts 201, admin 201",
                actions(tenant.as("boss@p2.example")), "2: person Full Admin over organisation View");
        assertEquals("listed, read 200, other 200, comment 403, update 403, create 403, contacts 403, admin 403",
                actions(tenant.as("colleague@p2.example")), "2: colleague keeps organisation View");

        // 3. Organisation Full Admin, person CC: the person is narrowed to the tickets they are added to.
        long p3 = tenant.organisation("P3", "P3");
        long narrowed = tenant.person("narrowed@p3.example", "CONTACT", p3);
        tenant.person("wide@p3.example", "CONTACT", p3);
        grantTo("ORGANISATION", p3, "FULL_ADMIN", inDays(30));
        grantTo("PERSON", narrowed, "CC", inDays(30));
        addContact(ticket, narrowed);
        assertEquals("listed, read 200, other 404, comment 403, update 403, create 403, contacts 403, admin 403",
                actions(tenant.as("narrowed@p3.example")), "3: person CC under organisation Full Admin");
        assertEquals("listed, read 200, other 200, comment 201, update 200, create 201, contacts 201, admin 201",
                actions(tenant.as("wide@p3.example")), "3: colleague keeps Full Admin");

        // 4. Organisation Update, person View: the person may no longer change anything.
        long p4 = tenant.organisation("P4", "P4");
        long viewer = tenant.person("viewer@p4.example", "CONTACT", p4);
        grantTo("ORGANISATION", p4, "UPDATE", inDays(30));
        grantTo("PERSON", viewer, "VIEW", inDays(30));
        assertEquals("listed, read 200, other 200, comment 403, update 403, create 403, contacts 403, admin 403",
                actions(tenant.as("viewer@p4.example")), "4: person View under organisation Update");

        // 5. A person's expired grant no longer overrides: the organisation's grant applies again.
        long p5 = tenant.organisation("P5", "P5");
        long lapsed = tenant.person("lapsed@p5.example", "CONTACT", p5);
        grantTo("ORGANISATION", p5, "VIEW", inDays(30));
        long personal = grantTo("PERSON", lapsed, "CC", Instant.now().plusSeconds(2));
        assertFalse(visible(tenant.as("lapsed@p5.example")).contains(otherTicket), "5: CC while it lasts");
        Eventually.eventually().untilAsserted(() -> assertEquals(
                "listed, read 200, other 200, comment 403, update 403, create 403, contacts 403, admin 403",
                actions(tenant.as("lapsed@p5.example")), "5: expired person CC, organisation View applies"));
        assertTrue(grant(personal).getBoolean("expired"));

        // 6. A person's grant alone: only that person.
        long p6 = tenant.organisation("P6", "P6");
        long solo = tenant.person("solo@p6.example", "CONTACT", p6);
        tenant.person("nobody@p6.example", "CONTACT", p6);
        grantTo("PERSON", solo, "UPDATE", inDays(30));
        assertEquals("listed, read 200, other 200, comment 201, update 200, create 403, contacts 403, admin 403",
                actions(tenant.as("solo@p6.example")), "6: person Update, no organisation grant");
        assertEquals("unlisted, read 404, other 404, comment 404, update 404, create 403, contacts 403, admin 403",
                actions(tenant.as("nobody@p6.example")), "6: colleague has nothing");

        // 7. An expired organisation grant gives nothing.
        long p7 = tenant.organisation("P7", "P7");
        tenant.person("late@p7.example", "CONTACT", p7);
        grantTo("ORGANISATION", p7, "FULL_ADMIN", Instant.now().plusSeconds(2));
        Eventually.eventually().untilAsserted(() -> assertEquals(
                "unlisted, read 404, other 404, comment 404, update 404, create 403, contacts 403, admin 403",
                actions(tenant.as("late@p7.example")), "7: expired organisation grant"));

        // 8. A grant from one customer opens nothing of another customer.
        long elsewhere = tenant.organisation("Elsewhere", "ELSE");
        tenant.person("eve@elsewhere.example", "CONTACT", elsewhere);
        long foreignTicket = tenant.ticket(tenant.as("eve@elsewhere.example"), "Not yours");
        tenant.as("m1@p1.example").get(tenant.path("/tickets/" + foreignTicket)).expectProblem(404);
        tenant.as("boss@p2.example").post(tenant.path("/tickets"), Json.createObjectBuilder().add("subject", "x")
                .add("organisationId", elsewhere).build()).expectProblem(422, "organisationId");
    }

    JsonObject grant(long id) {
        return ada.get(tenant.path(PLUGIN + "/grants")).expect(200).array().getValuesAs(JsonObject.class).stream()
                .filter(g -> g.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
    }


    @Test
    void expiryIsHonouredToTheSecond() {
        long pat = tenant.person("pat@partner.example", "CONTACT", partner);
        Api patApi = tenant.as("pat@partner.example");
        // The "before" checks must finish before the expiry instant to say anything; on a loaded
        // machine they may not, so such a round is repeated with a wider margin, never passed.
        long id = -1;
        Instant expiresAt = null;
        for (long margin = 1200; id < 0; margin *= 2) {
            if (margin > 20_000) {
                throw new AssertionError("the server never answered within " + margin / 2 + " ms of the expiry");
            }
            expiresAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusMillis(margin + 3000);
            long candidate = grantTo("PERSON", pat, "UPDATE", expiresAt);
            Eventually.untilPassed(expiresAt.minusMillis(margin));
            boolean listed = visible(patApi).contains(ticket);
            boolean expired = grant(candidate).getBoolean("expired");
            if (Instant.now().isBefore(expiresAt)) {
                assertTrue(listed, "a second before expiry the grant counts");
                assertFalse(expired);
                id = candidate;
            } else {
                ada.delete(tenant.path(PLUGIN + "/grants/" + candidate)).expect(204);
            }
        }
        Eventually.untilPassed(expiresAt.plusMillis(200));
        assertFalse(visible(patApi).contains(ticket), "just after expiry it counts for nothing");
        patApi.get(tenant.path("/tickets/" + ticket)).expectProblem(404);
        assertTrue(grant(id).getBoolean("expired"), "and the customer's page shows it expired");
    }

    @Test
    void revokingEndsAccessImmediately() {
        long pat = tenant.person("pat@partner.example", "CONTACT", partner);
        Api patApi = tenant.as("pat@partner.example");
        long organisationGrant = grantTo("ORGANISATION", partner, "CC", inDays(10));
        addContact(ticket, pat);
        assertEquals(List.of(ticket), visible(patApi));
        ada.delete(tenant.path(PLUGIN + "/grants/" + organisationGrant)).expect(204);
        assertEquals(List.of(), visible(patApi));
        patApi.get(tenant.path("/tickets/" + ticket)).expectProblem(404);
        assertEquals(0, ada.get(tenant.path(PLUGIN + "/tickets/" + ticket + "/contacts")).expect(200).array().size(),
                "the ticket contacts the grant allowed went with it");
        ada.delete(tenant.path(PLUGIN + "/grants/" + organisationGrant)).expectProblem(404);
    }

    @Test
    void disablingThePluginEndsEveryGrantAtOnce() {
        tenant.person("pat@partner.example", "CONTACT", partner);
        Api patApi = tenant.as("pat@partner.example");
        grantTo("ORGANISATION", partner, "FULL_ADMIN", inDays(10));
        String full = "listed, read 200, other 200, comment 201, update 200, create 201, contacts 201, admin 201";
        assertEquals(full, actions(patApi));
        tenant.disable("permission-grants");
        assertEquals("unlisted, read 404, other 404, comment 404, update 404, create 403, contacts 403, admin 404",
                actions(patApi));
        tenant.enable("permission-grants");
        assertEquals(full, actions(patApi));
    }

    @Test
    void aPartnerOfOneTenantNeverReachesAnother() {
        // On the same kind of help desk as this tenant: tickets of both then share one id sequence,
        // so B's ticket id cannot also be one of A's own tickets.
        TestTenant other = newTenant("pg-other");
        other.enable("permission-grants");
        long otherCustomer = other.organisation("Other customer", "OC");
        other.person("oda@other.example", "ORGANISATION_ADMIN", otherCustomer);
        long otherOwn = other.ticket(other.as("oda@other.example"), "Other tenant's ticket");
        Api oda = other.as("oda@other.example");
        long otherGrant = oda.post(other.path(PLUGIN + "/grants"), Json.createObjectBuilder().add("subjectKind", "ORGANISATION")
                .add("subjectId", other.organisation("Other partner", "OP")).add("level", "FULL_ADMIN")
                .add("expiresAt", inDays(5).toString()).build()).expect(201).id();

        long pat = tenant.person("pat@partner.example", "CONTACT", partner);
        grantTo("ORGANISATION", partner, "FULL_ADMIN", inDays(5));
        Api patApi = tenant.as("pat@partner.example");
        // Credentials of tenant A are unknown in tenant B.
        Api.basic("pat@partner.example", TestTenant.PASSWORD).get(other.path("/tickets")).expectProblem(401);
        // Ids of tenant B answer 404 in tenant A, for tickets and for the plugin's own records.
        patApi.get(tenant.path("/tickets/" + otherOwn)).expectProblem(404);
        ada.put(tenant.path(PLUGIN + "/grants/" + otherGrant), "{\"level\":\"CC\"}").expectProblem(404);
        ada.delete(tenant.path(PLUGIN + "/grants/" + otherGrant)).expectProblem(404);
        ada.post(tenant.path(PLUGIN + "/tickets/" + otherOwn + "/contacts"), "{\"personId\":" + pat + "}").expectProblem(404);
        // B's customer's contacts are not listed to A's Full Admin partner: B's organisation is unknown here.
        patApi.get(tenant.path(PLUGIN + "/customers/" + otherCustomer + "/contacts")).expectProblem(404);
        patApi.get(tenant.path(PLUGIN + "/customers/" + customer + "/contacts")).expect(200);
        // B's administrative requests cannot be resolved from A.
        long otherRequest = oda.post(other.path(PLUGIN + "/admin-requests"), Json.createObjectBuilder()
                .add("customerId", otherCustomer).add("kind", "ACCESS_REQUEST").add("details", "B's").build()).expect(201).id();
        tenant.admin().post(tenant.path(PLUGIN + "/admin-requests/" + otherRequest + "/resolve"),
                "{\"outcome\":\"DONE\",\"note\":\"x\"}").expectProblem(404);
        assertEquals("OPEN", other.admin().get(other.path(PLUGIN + "/admin-requests")).expect(200).array()
                .getJsonObject(0).getString("status"));
        // Another tenant's organisation cannot be granted anything here.
        ada.post(tenant.path(PLUGIN + "/grants"), Json.createObjectBuilder().add("subjectKind", "ORGANISATION")
                .add("subjectId", otherCustomer).add("level", "VIEW").add("expiresAt", inDays(5).toString()).build())
                .expectProblem(422, "subject");
        assertEquals(1, oda.get(other.path(PLUGIN + "/grants")).expect(200).array().size(), "B's grant untouched");
        assertEquals("FULL_ADMIN", oda.get(other.path(PLUGIN + "/grants")).expect(200).array().getJsonObject(0)
                .getString("level"));
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndWritesNothing() {
        String url = tenant.path(PLUGIN + "/grants");
        ada.post(url, Json.createObjectBuilder().add("subjectKind", "ORGANISATION").add("subjectId", partner)
                .add("level", "VIEW").build()).expectProblem(422, "expiresAt");
        ada.post(url, Json.createObjectBuilder().add("subjectKind", "ORGANISATION").add("subjectId", partner)
                .add("level", "VIEW").add("expiresAt", Instant.now().minusSeconds(5).toString()).build())
                .expectProblem(422, "expiresAt");
        ada.post(url, Json.createObjectBuilder().add("subjectKind", "ORGANISATION").add("subjectId", partner)
                .add("level", "VIEW").add("expiresAt", inDays(400).toString()).build()).expectProblem(422, "expiresAt");
        ada.post(url, Json.createObjectBuilder().add("subjectKind", "ORGANISATION").add("subjectId", partner)
                .add("level", "GOD").add("expiresAt", inDays(4).toString()).build()).expectProblem(422, "level");
        ada.post(url, Json.createObjectBuilder().add("subjectKind", "ORGANISATION").add("subjectId", customer)
                .add("level", "VIEW").add("expiresAt", inDays(4).toString()).build()).expectProblem(422, "subject");
        ada.post(url, Json.createObjectBuilder().add("subjectKind", "PERSON").add("email", "nobody@nowhere.example")
                .add("level", "VIEW").add("expiresAt", inDays(4).toString()).build()).expectProblem(422, "subject");
        ada.post(url, Json.createObjectBuilder().add("subjectKind", "ROBOT").add("subjectId", partner)
                .add("level", "VIEW").add("expiresAt", inDays(4).toString()).build()).expectProblem(422, "subjectKind");
        assertEquals(0, ada.get(url).expect(200).array().size(), "nothing was written");

        // The tenant's longest grant is a setting: shorten it and a 30-day grant is refused.
        tenant.admin().put(tenant.path("/admin/plugins/permission-grants/settings"), "{\"maxGrantDuration\":\"P7D\"}")
                .expect(200);
        ada.post(url, Json.createObjectBuilder().add("subjectKind", "ORGANISATION").add("accountNumber", "PART")
                .add("level", "VIEW").add("expiresAt", inDays(30).toString()).build()).expectProblem(422, "expiresAt");
        ada.post(url, Json.createObjectBuilder().add("subjectKind", "ORGANISATION").add("accountNumber", "PART")
                .add("level", "VIEW").add("expiresAt", inDays(6).toString()).build()).expect(201);
        ada.post(url, Json.createObjectBuilder().add("subjectKind", "ORGANISATION").add("accountNumber", "PART")
                .add("level", "UPDATE").add("expiresAt", inDays(6).toString()).build()).expectProblem(409, "subject");

        // Only the customer's organisation admins manage its partners.
        tenant.as("carl@customer.example").get(url).expectProblem(403);
        tenant.person("pam@partner.example", "ORGANISATION_ADMIN", partner);
        assertEquals(0, tenant.as("pam@partner.example").get(url).expect(200).array().size(),
                "a partner's admin sees their own organisation's grants (none), never the customer's");
    }

    @Test
    void everyGrantChangeIsAudited() {
        long pat = tenant.person("pat@partner.example", "CONTACT", partner);
        long id = grantTo("PERSON", pat, "VIEW", inDays(10));
        Instant later = inDays(20);
        ada.put(tenant.path(PLUGIN + "/grants/" + id), Json.createObjectBuilder().add("level", "UPDATE")
                .add("expiresAt", later.toString()).build()).expect(200);
        ada.delete(tenant.path(PLUGIN + "/grants/" + id)).expect(204);

        List<JsonObject> history = ada.get(tenant.path(PLUGIN + "/audit")).expect(200).array().getValuesAs(JsonObject.class);
        assertEquals(List.of("grant.revoked", "grant.updated", "grant.created"),
                history.stream().map(h -> h.getString("action")).toList());
        JsonObject updated = history.get(1);
        assertTrue(updated.getString("before").contains("View until"), updated::toString);
        assertTrue(updated.getString("after").contains("Update until " + later), updated::toString);
        assertTrue(history.get(0).isNull("after"));
        assertTrue(history.get(2).isNull("before"));
        long adaId = tenant.as("ada@customer.example").get(tenant.path("/me")).json().getJsonObject("person")
                .getJsonNumber("id").longValue();
        assertEquals(adaId, history.get(0).getJsonNumber("actorId").longValue());

        String trail = tenant.admin().get(tenant.path("/admin/audit?size=100")).expect(200).body();
        assertTrue(trail.contains("grant.created") && trail.contains("grant.updated") && trail.contains("grant.revoked"), trail);
    }
}
