package dev.annex.plugins.grants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.Eventually;
import dev.annex.plugin.testkit.server.Mailbox;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Partners' requests, tickets opened on a customer's behalf and administrative requests, with their mail. */
class PermissionGrantsMailIT {

    @RegisterExtension
    static final Mailbox MAIL = new Mailbox();

    static final String PLUGIN = PermissionGrantsIT.PLUGIN;

    TestTenant tenant;
    long customer;
    long partner;
    long carl;
    Api ada;
    Api pam;
    String suffix;

    @BeforeEach
    void customerAndPartner() {
        tenant = TestTenant.create("pgmail");
        suffix = tenant.slug();
        tenant.enable("permission-grants");
        customer = tenant.organisation("Customer " + suffix, "CUST");
        partner = tenant.organisation("Partner " + suffix, "PART");
        tenant.person("ada@" + suffix + ".example", "ORGANISATION_ADMIN", customer);
        carl = tenant.person("carl@" + suffix + ".example", "CONTACT", customer);
        tenant.person("pam@" + suffix + ".partner", "ORGANISATION_ADMIN", partner);
        tenant.person("paul@" + suffix + ".partner", "CONTACT", partner);
        ada = tenant.as("ada@" + suffix + ".example");
        pam = tenant.as("pam@" + suffix + ".partner");
    }

    static Instant inDays(int days) {
        return Instant.now().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    }

    /** Waits (bounded) for a mail to this address whose subject starts so; other tests' mail is ignored. */
    static MimeMessage awaitMail(String to, String subjectStart) {
        return Eventually.eventually().alias("a mail to " + to + " starting \"" + subjectStart + "\"")
                .until(() -> mailTo(to, subjectStart), java.util.Objects::nonNull);
    }

    private static MimeMessage mailTo(String to, String subjectStart) throws Exception {
        for (MimeMessage message : MAIL.getReceivedMessages()) {
            if (message.getSubject() != null && message.getSubject().startsWith(subjectStart)
                    && message.getAllRecipients()[0].toString().equals(to)) {
                return message;
            }
        }
        return null;
    }

    JsonObject ask(Api who, boolean forOrganisation, String level, Instant until, int status) {
        return who.post(tenant.path(PLUGIN + "/requests"), Json.createObjectBuilder().add("customerAccountNumber", "CUST")
                .add("forOrganisation", forOrganisation).add("level", level).add("expiresAt", until.toString())
                .add("note", "We run their printers").build()).expect(status).json();
    }

    @Test
    void aPartnerAsksTheCustomerApprovesWithChangesAndThePartnerIsTold() throws Exception {
        long requestId = ask(pam, true, "VIEW", inDays(60), 201).getJsonNumber("id").longValue();
        MimeMessage asked = awaitMail("ada@" + suffix + ".example", "New partner request from pam");
        assertTrue(Mailbox.body(asked).contains("View"), Mailbox.body(asked));
        assertEquals(1, ada.get(tenant.path(PLUGIN + "/me")).expect(200).json().getInt("newRequests"),
                "the customer sees the new-requests flag");

        Instant edited = inDays(30);
        ada.post(tenant.path(PLUGIN + "/requests/" + requestId + "/approve"), Json.createObjectBuilder()
                .add("level", "UPDATE").add("expiresAt", edited.toString()).build()).expect(200);
        MimeMessage approved = awaitMail("pam@" + suffix + ".partner", "Your partner request to Customer " + suffix + " was approved");
        assertTrue(Mailbox.body(approved).contains("Update"), Mailbox.body(approved));
        assertEquals(0, ada.get(tenant.path(PLUGIN + "/me")).expect(200).json().getInt("newRequests"));

        JsonObject grant = ada.get(tenant.path(PLUGIN + "/grants")).expect(200).array().getJsonObject(0);
        assertEquals("ORGANISATION", grant.getString("subjectKind"));
        assertEquals("UPDATE", grant.getString("level"));
        assertEquals(edited.toString(), grant.getString("expiresAt"));
        long ticket = tenant.ticket(tenant.as("carl@" + suffix + ".example"), "Paper jam");
        tenant.as("paul@" + suffix + ".partner").post(tenant.path("/tickets/" + ticket + "/comments"), "{\"body\":\"on it\"}")
                .expect(201);
        ada.post(tenant.path(PLUGIN + "/requests/" + requestId + "/approve"), "{}").expectProblem(409, "status");
        assertEquals("APPROVED", pam.get(tenant.path(PLUGIN + "/requests/outgoing")).expect(200).array()
                .getJsonObject(0).getString("status"));
    }

    @Test
    void aDeclinedRequestGrantsNothingAndThePartnerIsTold() throws Exception {
        Api paul = tenant.as("paul@" + suffix + ".partner");
        long requestId = ask(paul, false, "FULL_ADMIN", inDays(10), 201).getJsonNumber("id").longValue();
        ada.post(tenant.path(PLUGIN + "/requests/" + requestId + "/decline"), "{}").expect(200);
        awaitMail("paul@" + suffix + ".partner", "Your partner request to Customer " + suffix + " was declined");
        assertEquals(0, ada.get(tenant.path(PLUGIN + "/grants")).expect(200).array().size());
        // Only the customer's admins decide; to anyone else the request does not exist.
        pam.post(tenant.path(PLUGIN + "/requests/" + requestId + "/approve"), "{}").expectProblem(404);
    }

    @Test
    void requestsAreValidated() {
        Api paul = tenant.as("paul@" + suffix + ".partner");
        ask(paul, true, "VIEW", inDays(10), 403);
        ask(paul, false, "VIEW", inDays(900), 422);
        ask(paul, false, "NOPE", inDays(10), 422);
        paul.post(tenant.path(PLUGIN + "/requests"), Json.createObjectBuilder().add("customerAccountNumber", "PART")
                .add("level", "VIEW").add("expiresAt", inDays(5).toString()).build()).expectProblem(422, "customer");
        ask(paul, false, "VIEW", inDays(10), 201);
        ask(paul, false, "UPDATE", inDays(10), 409);
    }

    @Test
    void aPartnerOpensTicketsOnTheCustomersBehalfAndBothSidesAreMailed() throws Exception {
        long pamId = pam.get(tenant.path("/me")).json().getJsonObject("person").getJsonNumber("id").longValue();
        ada.post(tenant.path(PLUGIN + "/grants"), Json.createObjectBuilder().add("subjectKind", "PERSON")
                .add("subjectId", pamId).add("level", "CREATE").add("expiresAt", inDays(5).toString()).build()).expect(201);

        // Point of contact: a customer contact.
        JsonObject forCarl = pam.post(tenant.path("/tickets"), Json.createObjectBuilder().add("subject", "VPN down")
                .add("requesterId", carl).build()).expect(201).json();
        long number = forCarl.getJsonNumber("number").longValue();
        assertEquals(customer, forCarl.getJsonNumber("organisationId").longValue());
        awaitMail("carl@" + suffix + ".example", "Ticket #" + number + " opened for you by pam");
        awaitMail("pam@" + suffix + ".partner", "Ticket #" + number + " opened for Customer " + suffix);

        // Point of contact: the partner; the customer's admins hear of it.
        JsonObject forPam = pam.post(tenant.path("/tickets"), Json.createObjectBuilder().add("subject", "Mail slow")
                .add("organisationId", customer).build()).expect(201).json();
        long second = forPam.getJsonNumber("number").longValue();
        assertEquals(pamId, forPam.getJsonNumber("requesterId").longValue());
        awaitMail("ada@" + suffix + ".example", "Ticket #" + second + " opened for Customer " + suffix + " by pam");

        // Both carry the "P" marker in the customer's list; the customer's own ticket does not.
        long own = tenant.ticket(tenant.as("carl@" + suffix + ".example"), "Own ticket");
        long a = forCarl.getJsonNumber("id").longValue();
        long b = forPam.getJsonNumber("id").longValue();
        List<Long> managed = ada.get(tenant.path(PLUGIN + "/managed?ids=" + a + "," + b + "," + own)).expect(200).array()
                .getValuesAs(jakarta.json.JsonNumber.class).stream().map(jakarta.json.JsonNumber::longValue).toList();
        assertEquals(List.of(a, b), managed);
        ada.get(tenant.path(PLUGIN + "/managed?ids=x")).expectProblem(422, "ids");
    }

    @Test
    void serviceAdminsFileAdministrativeRequestsThatTheCustomerIsToldOf() throws Exception {
        long pamId = pam.get(tenant.path("/me")).json().getJsonObject("person").getJsonNumber("id").longValue();
        ada.post(tenant.path(PLUGIN + "/grants"), Json.createObjectBuilder().add("subjectKind", "PERSON")
                .add("subjectId", pamId).add("level", "SERVICE_ADMIN").add("expiresAt", inDays(5).toString()).build())
                .expect(201);
        pam.post(tenant.path(PLUGIN + "/admin-requests"), Json.createObjectBuilder().add("customerId", customer)
                .add("kind", "ACCESS_REQUEST").add("details", "Give Joe access").build()).expect(201);
        MimeMessage mail = awaitMail("ada@" + suffix + ".example", "Administrative request for Customer " + suffix);
        assertTrue(Mailbox.body(mail).contains("Give Joe access"));
        pam.post(tenant.path(PLUGIN + "/admin-requests"), Json.createObjectBuilder().add("customerId", customer)
                .add("kind", "PARTY").add("details", "x").build()).expectProblem(422, "kind");
        tenant.as("paul@" + suffix + ".partner").post(tenant.path(PLUGIN + "/admin-requests"), Json.createObjectBuilder()
                .add("customerId", customer).add("kind", "ACCESS_REQUEST").add("details", "x").build()).expectProblem(403);
        assertEquals(1, ada.get(tenant.path(PLUGIN + "/admin-requests")).expect(200).array().size());
        assertNotNull(tenant.admin().get(tenant.path(PLUGIN + "/admin-requests")).expect(200).array().getJsonObject(0));
    }

    @Test
    void agentsMarkAdministrativeRequestsDoneOrDeclinedAndTheRequesterIsMailedTheNote() throws Exception {
        long pamId = pam.get(tenant.path("/me")).json().getJsonObject("person").getJsonNumber("id").longValue();
        ada.post(tenant.path(PLUGIN + "/grants"), Json.createObjectBuilder().add("subjectKind", "PERSON")
                .add("subjectId", pamId).add("level", "SERVICE_ADMIN").add("expiresAt", inDays(5).toString()).build())
                .expect(201);
        long byPam = pam.post(tenant.path(PLUGIN + "/admin-requests"), Json.createObjectBuilder().add("customerId", customer)
                .add("kind", "ACCESS_REQUEST").add("details", "Give Joe access").build()).expect(201).id();
        long byAda = ada.post(tenant.path(PLUGIN + "/admin-requests"), Json.createObjectBuilder().add("customerId", customer)
                .add("kind", "ACCOUNT_CLOSURE").add("details", "Close the old account").build()).expect(201).id();
        tenant.person("agnes@" + suffix + ".example", "AGENT", null);
        Api agnes = tenant.as("agnes@" + suffix + ".example");
        String resolve = PLUGIN + "/admin-requests/%d/resolve";

        assertEquals(List.of(byAda, byPam), ids(agnes.get(tenant.path(PLUGIN + "/admin-requests?status=OPEN")).expect(200).array()));
        // Only agents decide; bad input names its field and changes nothing.
        ada.post(tenant.path(resolve.formatted(byPam)), "{\"outcome\":\"DONE\",\"note\":\"x\"}").expectProblem(403);
        pam.post(tenant.path(resolve.formatted(byPam)), "{\"outcome\":\"DONE\",\"note\":\"x\"}").expectProblem(403);
        agnes.post(tenant.path(resolve.formatted(byPam)), "{\"outcome\":\"MAYBE\",\"note\":\"x\"}").expectProblem(422, "outcome");
        agnes.post(tenant.path(resolve.formatted(byPam)), "{\"outcome\":\"OPEN\",\"note\":\"x\"}").expectProblem(422, "outcome");
        agnes.post(tenant.path(resolve.formatted(byPam)), "{\"outcome\":\"DONE\",\"note\":\" \"}").expectProblem(422, "note");
        agnes.post(tenant.path(resolve.formatted(999999999L)), "{\"outcome\":\"DONE\",\"note\":\"x\"}").expectProblem(404);
        agnes.get(tenant.path(PLUGIN + "/admin-requests?status=LOST")).expectProblem(422, "status");
        assertEquals(2, agnes.get(tenant.path(PLUGIN + "/admin-requests?status=OPEN")).expect(200).array().size());

        JsonObject done = agnes.post(tenant.path(resolve.formatted(byPam)), Json.createObjectBuilder().add("outcome", "DONE")
                .add("note", "Joe can sign in now").build()).expect(200).json();
        assertEquals("DONE", done.getString("status"));
        assertEquals("agnes", done.getString("resolvedByName"));
        MimeMessage toPam = awaitMail("pam@" + suffix + ".partner", "Your administrative request for Customer " + suffix + " was done");
        assertTrue(Mailbox.body(toPam).contains("Joe can sign in now"), Mailbox.body(toPam));
        agnes.post(tenant.path(resolve.formatted(byPam)), "{\"outcome\":\"DECLINED\",\"note\":\"x\"}").expectProblem(409, "status");

        agnes.post(tenant.path(resolve.formatted(byAda)), Json.createObjectBuilder().add("outcome", "DECLINED")
                .add("note", "Contracts run until June").build()).expect(200);
        MimeMessage toAda = awaitMail("ada@" + suffix + ".example", "Your administrative request for Customer " + suffix + " was declined");
        assertTrue(Mailbox.body(toAda).contains("Contracts run until June"), Mailbox.body(toAda));

        assertEquals(List.of(), ids(agnes.get(tenant.path(PLUGIN + "/admin-requests?status=OPEN")).expect(200).array()));
        assertEquals(List.of(byPam), ids(agnes.get(tenant.path(PLUGIN + "/admin-requests?status=DONE")).expect(200).array()));
        assertEquals(List.of(byAda), ids(agnes.get(tenant.path(PLUGIN + "/admin-requests?status=DECLINED")).expect(200).array()));
        assertEquals(List.of(byAda, byPam), ids(agnes.get(tenant.path(PLUGIN + "/admin-requests")).expect(200).array()));
        // The requester sees the outcome too.
        JsonObject seen = pam.get(tenant.path(PLUGIN + "/admin-requests")).expect(200).array().getJsonObject(0);
        assertEquals("Joe can sign in now", seen.getString("resolutionNote"));
    }

    /** Two agents deciding the same request at once: one wins, the other is told it is decided already. */
    @Test
    void aRequestIsDecidedOnceEvenByTwoAgentsAtOnce() throws Exception {
        tenant.person("agnes@" + suffix + ".example", "AGENT", null);
        tenant.person("bert@" + suffix + ".example", "AGENT", null);
        List<Api> agents = List.of(tenant.as("agnes@" + suffix + ".example"), tenant.as("bert@" + suffix + ".example"));
        for (int round = 0; round < 5; round++) {
            long id = ada.post(tenant.path(PLUGIN + "/admin-requests"), Json.createObjectBuilder().add("customerId", customer)
                    .add("kind", "CONFIGURATION_CHANGE").add("details", "Round " + round).build()).expect(201).id();
            String url = tenant.path(PLUGIN + "/admin-requests/" + id + "/resolve");
            List<java.util.concurrent.CompletableFuture<Integer>> calls = agents.stream().map(agent ->
                    java.util.concurrent.CompletableFuture.supplyAsync(() -> agent.post(url,
                            "{\"outcome\":\"DONE\",\"note\":\"done\"}").status())).toList();
            List<Integer> statuses = calls.stream().map(java.util.concurrent.CompletableFuture::join).sorted().toList();
            assertEquals(List.of(200, 409), statuses, "round " + round);
        }
    }

    /** Two customer admins answering the same partner request at once: it is decided once. */
    @Test
    void aPartnerRequestIsDecidedOnceEvenByTwoAdminsAtOnce() {
        tenant.person("abe@" + suffix + ".example", "ORGANISATION_ADMIN", customer);
        List<Api> admins = List.of(ada, tenant.as("abe@" + suffix + ".example"));
        for (int round = 0; round < 5; round++) {
            long id = ask(pam, round % 2 == 0, "VIEW", inDays(30), 201).getJsonNumber("id").longValue();
            String approve = tenant.path(PLUGIN + "/requests/" + id + "/approve");
            String decline = tenant.path(PLUGIN + "/requests/" + id + "/decline");
            List<java.util.concurrent.CompletableFuture<Integer>> calls = List.of(
                    java.util.concurrent.CompletableFuture.supplyAsync(() -> admins.get(0).post(approve, "{}").status()),
                    java.util.concurrent.CompletableFuture.supplyAsync(() -> admins.get(1).post(decline, "{}").status()));
            List<Integer> statuses = calls.stream().map(java.util.concurrent.CompletableFuture::join).sorted().toList();
            assertEquals(List.of(200, 409), statuses, "round " + round);
        }
    }

    @Test
    void aCustomerMakesAPartnerContactThePointOfContactOfItsOwnTicket() throws Exception {
        long pamId = pam.get(tenant.path("/me")).json().getJsonObject("person").getJsonNumber("id").longValue();
        long paulId = tenant.as("paul@" + suffix + ".partner").get(tenant.path("/me")).json().getJsonObject("person")
                .getJsonNumber("id").longValue();
        long grant = ada.post(tenant.path(PLUGIN + "/grants"), Json.createObjectBuilder().add("subjectKind", "ORGANISATION")
                .add("subjectId", partner).add("level", "CC").add("expiresAt", inDays(5).toString()).build()).expect(201).id();
        JsonObject created = ada.post(tenant.path("/tickets"), Json.createObjectBuilder().add("subject", "Printer budget")
                .build()).expect(201).json();
        long ticket = created.getJsonNumber("id").longValue();
        long number = created.getJsonNumber("number").longValue();
        String contacts = tenant.path(PLUGIN + "/tickets/" + ticket + "/contacts");

        JsonObject added = ada.post(contacts, Json.createObjectBuilder().add("personId", pamId).add("pointOfContact", true)
                .build()).expect(201).json();
        assertTrue(added.getBoolean("pointOfContact"));
        awaitMail("pam@" + suffix + ".partner", "You are the point of contact for ticket #" + number);
        // One point of contact per ticket; others are plain partner contacts.
        ada.post(contacts, Json.createObjectBuilder().add("personId", paulId).add("pointOfContact", true).build())
                .expectProblem(409, "pointOfContact");
        ada.post(contacts, Json.createObjectBuilder().add("personId", paulId).build()).expect(201);
        // Under CC the point of contact reads the ticket, and only reads it.
        pam.get(tenant.path("/tickets/" + ticket)).expect(200);
        pam.post(tenant.path("/tickets/" + ticket + "/comments"), "{\"body\":\"mine\"}").expectProblem(403);
        // The customer's list shows the "P" marker on it.
        assertEquals(List.of(ticket), ids(ada.get(tenant.path(PLUGIN + "/managed?ids=" + ticket)).expect(200).array()));

        // Public replies and status changes reach the point of contact; internal notes never do.
        Api agent = tenant.admin();
        agent.post(tenant.path("/tickets/" + ticket + "/comments"), "{\"body\":\"internal only\",\"internal\":true}").expect(201);
        agent.post(tenant.path("/tickets/" + ticket + "/comments"), "{\"body\":\"We ordered toner\"}").expect(201);
        long version = agent.get(tenant.path("/tickets/" + ticket)).expect(200).json().getJsonNumber("version").longValue();
        agent.header("If-Match", "\"" + version + "\"").patch(tenant.path("/tickets/" + ticket), "{\"status\":\"SOLVED\"}")
                .expect(200);
        awaitMail("pam@" + suffix + ".partner", "New reply on ticket #" + number);
        MimeMessage status = awaitMail("pam@" + suffix + ".partner", "Ticket #" + number + " of Customer " + suffix + " is now solved");
        assertTrue(Mailbox.body(status).contains("from open to solved"), Mailbox.body(status));
        assertEquals(1, count("pam@" + suffix + ".partner", "New reply on ticket #" + number), "the internal note was not mailed");
        assertEquals(0, count("paul@" + suffix + ".partner", "New reply on ticket #" + number), "only the point of contact");

        // Revoking the grant removes them from the ticket, point of contact included.
        ada.delete(tenant.path(PLUGIN + "/grants/" + grant)).expect(204);
        assertEquals(0, ada.get(contacts).expect(200).array().size());
        pam.get(tenant.path("/tickets/" + ticket)).expectProblem(404);
    }

    static List<Long> ids(jakarta.json.JsonArray array) {
        return array.stream().map(v -> v.getValueType() == jakarta.json.JsonValue.ValueType.NUMBER
                ? ((jakarta.json.JsonNumber) v).longValue() : v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    static long count(String to, String subjectStart) throws Exception {
        long n = 0;
        for (MimeMessage message : MAIL.getReceivedMessages()) {
            if (message.getSubject() != null && message.getSubject().startsWith(subjectStart)
                    && message.getAllRecipients()[0].toString().equals(to)) {
                n++;
            }
        }
        return n;
    }
}
