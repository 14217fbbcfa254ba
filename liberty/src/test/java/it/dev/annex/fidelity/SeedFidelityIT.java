package it.dev.annex.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.Reply;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped plugins against their source pages (issue 16, "seed fidelity"): what the pages say
 * a person can do, and what the first versions got wrong.
 */
class SeedFidelityIT {

    private static final String FOLLOWING = "/plugins/ticket-following";
    private static final String GRANTS = "/plugins/permission-grants";
    private static final String STATEMENTS = "X-Annex-Sql-Statements";

    private static TestTenant tenant;
    private static long acme;
    private static long northwind;
    private static String carol;
    private static String dan;
    private static String ada;
    private static String nora;

    @BeforeAll
    static void people() {
        tenant = TestTenant.create("fidelity");
        acme = tenant.organisation("Acme Corporation", "ACME-F");
        northwind = tenant.organisation("Northwind Partners", "NW-F");
        String domain = "@" + tenant.slug() + ".example";
        carol = "carol" + domain;
        dan = "dan" + domain;
        ada = "ada" + domain;
        nora = "nora" + domain;
        tenant.person(carol, "CONTACT", acme);
        tenant.person(dan, "CONTACT", acme);
        tenant.person(ada, "ORGANISATION_ADMIN", acme);
        tenant.person(nora, "ORGANISATION_ADMIN", northwind);
        for (String plugin : new String[] {"ticket-following", "permission-grants"}) {
            TestTenant.OPERATOR.put("/api/operator/tenants/" + tenant.slug() + "/plugins/" + plugin, null).expect(200);
        }
    }

    @Test
    void aContactFollowsATeammatesTicketWithinTheirOrganisationAndThenSeesIt() {
        long ticket = tenant.ticket(tenant.as(carol), "Carol's VPN");
        tenant.as(dan).get(tenant.path("/tickets/" + ticket)).expect(404);

        JsonObject panel = tenant.as(dan).put(tenant.path(FOLLOWING + "/tickets/" + ticket + "/follow"), null).expect(200).json();

        assertTrue(panel.getBoolean("following"), panel::toString);
        tenant.as(dan).get(tenant.path("/tickets/" + ticket)).expect(200);
        assertTrue(tenant.as(dan).get(tenant.path(FOLLOWING + "/followed")).expect(200).array().stream()
                .anyMatch(t -> t.asJsonObject().getJsonNumber("ticketId").longValue() == ticket));
    }

    @Test
    void ticketsIFollowTakeTheSameStatementsForTwoTicketsAsForTwelve() {
        String reader = "reader@" + tenant.slug() + ".example";
        tenant.person(reader, "CONTACT", acme);
        Api as = tenant.as(reader);
        // Teammates' tickets, followed explicitly: the follows are written before each answer.
        followTeammatesTickets(as, 2);
        int few = followedCost(as, 2);
        followTeammatesTickets(as, 10);
        int many = followedCost(as, 12);
        System.out.println("SQL statements for Tickets I follow: " + few + " (2 tickets), " + many + " (12 tickets)");
        assertEquals(few, many, "statements for 2 followed tickets vs 12");
    }

    private static void followTeammatesTickets(Api as, int count) {
        for (int i = 0; i < count; i++) {
            long theirs = tenant.ticket(tenant.as(carol), "theirs " + i);
            as.put(tenant.path(FOLLOWING + "/tickets/" + theirs + "/follow"), null).expect(200);
        }
    }

    private static int followedCost(Api as, int expected) {
        Reply reply = as.get(tenant.path(FOLLOWING + "/followed")).expect(200);
        assertEquals(expected, reply.array().size());
        assertNotNull(reply.header(STATEMENTS), "the IT server reports statement counts");
        return Integer.parseInt(reply.header(STATEMENTS));
    }

    @Test
    void sharingATicketWithATeammateKeepsItsVersion() {
        long ticket = tenant.ticket(tenant.as(carol), "Shared without a version bump");
        long before = tenant.as(carol).get(tenant.path("/tickets/" + ticket)).expect(200).json().getJsonNumber("version").longValue();
        long danId = tenant.as(carol).get(tenant.path(FOLLOWING + "/mentionable")).expect(200).array().stream()
                .map(p -> p.asJsonObject()).filter(p -> p.getString("email").equals(dan)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();

        tenant.as(carol).post(tenant.path(FOLLOWING + "/tickets/" + ticket + "/shares"),
                Json.createObjectBuilder().add("personId", danId).build()).expect(200);

        long after = tenant.as(carol).get(tenant.path("/tickets/" + ticket)).expect(200).json().getJsonNumber("version").longValue();
        assertEquals(before, after, "an If-Match taken before the share still holds");
        tenant.as(dan).get(tenant.path("/tickets/" + ticket)).expect(200);
    }

    @Test
    void approvingARequestWithEditsAnswersWithTheGrantedLevelAndExpiry() {
        Instant asked = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Instant granted = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        long request = tenant.as(nora).post(tenant.path(GRANTS + "/requests"), Json.createObjectBuilder()
                .add("customerId", acme).add("level", "FULL_ADMIN").add("expiresAt", asked.toString())
                .add("forOrganisation", true).build()).expect(201).id();

        JsonObject answer = tenant.as(ada).post(tenant.path(GRANTS + "/requests/" + request + "/approve"),
                Json.createObjectBuilder().add("level", "VIEW").add("expiresAt", granted.toString()).build()).expect(200).json();

        assertEquals("VIEW", answer.getString("level"));
        assertEquals(granted, Instant.parse(answer.getString("expiresAt")));
        assertEquals("APPROVED", answer.getString("status"));
    }

    @Test
    void partnersAndCustomersArePickedByNameNotById() {
        var subjects = tenant.as(ada).get(tenant.path(GRANTS + "/subjects?q=northw")).expect(200).array();
        assertTrue(subjects.stream().map(s -> s.asJsonObject())
                .anyMatch(s -> s.getString("kind").equals("ORGANISATION") && s.getString("name").equals("Northwind Partners")), subjects::toString);
        assertTrue(subjects.stream().map(s -> s.asJsonObject()).noneMatch(s -> s.getString("name").equals("Acme Corporation")),
                "a customer never grants itself");
        var customers = tenant.as(nora).get(tenant.path(GRANTS + "/customers?q=acme")).expect(200).array();
        assertEquals("Acme Corporation", customers.getJsonObject(0).getString("name"));
        assertTrue(tenant.as(nora).get(tenant.path(GRANTS + "/customers?q=northw")).expect(200).array().isEmpty(),
                "not their own organisation");
    }
}
