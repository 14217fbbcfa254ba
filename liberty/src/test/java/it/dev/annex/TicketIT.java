package it.dev.annex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.Reply;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TicketIT {

    private static TestTenant tenant;
    private static long acme;
    private static long globex;
    private static long carol;
    private static Api agent;
    private static Api carolApi;
    private static Api daveApi;
    private static Api acmeAdmin;
    private static Api gina;

    @BeforeAll
    static void people() {
        tenant = TestTenant.create("tickets");
        acme = tenant.organisation("Acme", "ACME");
        globex = tenant.organisation("Globex", "GLX");
        tenant.person("agent@t.example", "AGENT", null);
        carol = tenant.person("carol@acme.example", "CONTACT", acme);
        tenant.person("dave@acme.example", "CONTACT", acme);
        tenant.person("ada@acme.example", "ORGANISATION_ADMIN", acme);
        tenant.person("gina@globex.example", "ORGANISATION_ADMIN", globex);
        agent = tenant.as("agent@t.example");
        carolApi = tenant.as("carol@acme.example");
        daveApi = tenant.as("dave@acme.example");
        acmeAdmin = tenant.as("ada@acme.example");
        gina = tenant.as("gina@globex.example");
    }

    private static String ticketJson(String subject) {
        return Json.createObjectBuilder().add("subject", subject).add("description", "details").build().toString();
    }

    private static List<String> subjects(Api api, String query) {
        return subjects(api, tenant, query);
    }

    @Test
    void anAgentOpensATicketForAContactWhoseOrganisationItTakes() {
        Reply created = agent.post(tenant.path("/tickets"), Json.createObjectBuilder()
                .add("subject", "Agent-filed for Carol").add("requesterId", carol).add("priority", "HIGH").build())
                .expect(201);
        JsonObject ticket = created.json();
        assertEquals(carol, ticket.getJsonNumber("requesterId").longValue());
        assertEquals(acme, ticket.getJsonNumber("organisationId").longValue());
        assertEquals("OPEN", ticket.getString("status"));
        assertEquals("HIGH", ticket.getString("priority"));
        assertTrue(ticket.getJsonNumber("number").longValue() >= 1);
        assertTrue(created.header("Location").endsWith("/tickets/" + ticket.getJsonNumber("id")));

        Reply shown = carolApi.get(tenant.path("/tickets/" + created.id())).expect(200);
        assertEquals("\"" + ticket.getInt("version") + "\"", shown.header("ETag"));
    }

    @Test
    void aTicketReadWithItsCurrentVersionInIfNoneMatchIsNotModified() {
        long id = carolApi.post(tenant.path("/tickets"), ticketJson("cached copy")).expect(201).id();
        Reply first = carolApi.get(tenant.path("/tickets/" + id)).expect(200);
        Reply again = carolApi.header("If-None-Match", first.header("ETag")).get(tenant.path("/tickets/" + id)).expect(304);
        assertEquals(first.header("ETag"), again.header("ETag"));
        assertEquals("", again.body());
        carolApi.header("If-None-Match", "\"999\", W/\"998\"").get(tenant.path("/tickets/" + id)).expect(200);
        carolApi.header("If-None-Match", "*").get(tenant.path("/tickets/" + id)).expect(304);
    }

    @Test
    void aPagedListLinksToItsNextAndPreviousPage() {
        carolApi.post(tenant.path("/tickets"), ticketJson("paged one")).expect(201);
        carolApi.post(tenant.path("/tickets"), ticketJson("paged two")).expect(201);
        String first = carolApi.get(tenant.path("/tickets?size=1&q=paged")).expect(200).header("Link");
        assertTrue(first.contains("page=1") && first.endsWith("rel=\"next\"") && !first.contains("prev"), first);
        String url = first.substring(first.indexOf('<') + 1, first.indexOf('>'));
        Reply second = carolApi.get(url.substring(url.indexOf("/api/"))).expect(200);
        assertEquals(1, second.json().getInt("page"));
        assertTrue(second.header("Link").contains("page=0") && second.header("Link").contains("rel=\"prev\""),
                second.header("Link"));
        assertFalse(second.header("Link").contains("next"), "two tickets, one a page: the second is the last");
    }

    @Test
    void ticketNumbersCountUpWithinTheTenant() {
        long first = carolApi.post(tenant.path("/tickets"), ticketJson("numbered one")).expect(201).json()
                .getJsonNumber("number").longValue();
        long second = carolApi.post(tenant.path("/tickets"), ticketJson("numbered two")).expect(201).json()
                .getJsonNumber("number").longValue();
        assertEquals(first + 1, second);
    }

    @Test
    void anUpdateNeedsTheCurrentVersionAndAStaleOneChangesNothing() {
        long id = tenant.ticket(carolApi, "Versioned");
        Api agentAt = agent.header("If-Match", "\"1\"");
        JsonObject updated = agentAt.patch(tenant.path("/tickets/" + id), "{\"status\":\"PENDING\",\"priority\":\"URGENT\"}")
                .expect(200).json();
        assertEquals("PENDING", updated.getString("status"));
        assertEquals(2, updated.getInt("version"));

        Reply stale = agentAt.patch(tenant.path("/tickets/" + id), "{\"subject\":\"Lost update\"}");
        stale.expectProblem(412, "If-Match");
        assertEquals("\"2\"", stale.header("ETag"));
        assertEquals("Versioned", agent.get(tenant.path("/tickets/" + id)).expect(200).json().getString("subject"));

        agent.patch(tenant.path("/tickets/" + id), "{\"subject\":\"No precondition\"}").expectProblem(428, "If-Match");
    }

    @Test
    void commentsArePublicOrInternalAndContactsSeeOnlyPublicOnes() {
        long id = tenant.ticket(carolApi, "Commented");
        carolApi.post(tenant.path("/tickets/" + id + "/comments"), "{\"body\":\"Any news?\"}").expect(201);
        agent.post(tenant.path("/tickets/" + id + "/comments"), "{\"body\":\"Working on it\"}").expect(201);
        agent.post(tenant.path("/tickets/" + id + "/comments"), "{\"body\":\"Root cause: DNS\",\"internal\":true}")
                .expect(201);

        List<String> agentSees = agent.get(tenant.path("/tickets/" + id + "/comments")).expect(200).array()
                .getValuesAs(JsonObject.class).stream().map(c -> c.getString("body")).toList();
        assertEquals(List.of("Any news?", "Working on it", "Root cause: DNS"), agentSees);
        List<String> carolSees = carolApi.get(tenant.path("/tickets/" + id + "/comments")).expect(200).array()
                .getValuesAs(JsonObject.class).stream().map(c -> c.getString("body")).toList();
        assertEquals(List.of("Any news?", "Working on it"), carolSees);

        carolApi.post(tenant.path("/tickets/" + id + "/comments"), "{\"body\":\"sneaky\",\"internal\":true}")
                .expectProblem(403);
        assertEquals(3, agent.get(tenant.path("/tickets/" + id + "/comments")).array().size());
    }

    @Test
    void aContactSeesOnlyWhatTheyRequestedAndTheOrganisationAdminSeesTheOrganisations() {
        long carols = tenant.ticket(carolApi, "Carol's own");
        long daves = tenant.ticket(daveApi, "Dave's own");
        long ginas = tenant.ticket(gina, "Gina's own");

        List<String> carolSees = subjects(carolApi, "?size=100");
        assertTrue(carolSees.contains("Carol's own"));
        assertTrue(!carolSees.contains("Dave's own") && !carolSees.contains("Gina's own"), carolSees::toString);
        daveApi.get(tenant.path("/tickets/" + carols)).expectProblem(404);
        daveApi.get(tenant.path("/tickets/" + carols + "/comments")).expectProblem(404);
        daveApi.post(tenant.path("/tickets/" + carols + "/comments"), "{\"body\":\"hi\"}").expectProblem(404);

        List<String> adminSees = subjects(acmeAdmin, "?size=100");
        assertTrue(adminSees.contains("Carol's own") && adminSees.contains("Dave's own"), adminSees::toString);
        assertTrue(!adminSees.contains("Gina's own"), adminSees::toString);
        acmeAdmin.get(tenant.path("/tickets/" + daves)).expect(200);
        acmeAdmin.get(tenant.path("/tickets/" + ginas)).expectProblem(404);

        assertTrue(subjects(agent, "?size=100").containsAll(List.of("Carol's own", "Dave's own", "Gina's own")));
    }

    @Test
    void contactsMayCloseButNotReprioritise() {
        long id = tenant.ticket(carolApi, "Closable");
        carolApi.header("If-Match", "\"1\"").patch(tenant.path("/tickets/" + id), "{\"priority\":\"URGENT\"}")
                .expectProblem(403);
        carolApi.header("If-Match", "\"1\"").patch(tenant.path("/tickets/" + id), "{\"status\":\"SOLVED\"}")
                .expectProblem(403);
        carolApi.header("If-Match", "\"1\"").patch(tenant.path("/tickets/" + id), "{\"status\":\"CLOSED\"}")
                .expect(200);
    }

    @Test
    void theListFiltersSortsAndPages() {
        TestTenant own = TestTenant.create("list");
        long org = own.organisation("Initech", "INI");
        long pat = own.person("pat@initech.example", "CONTACT", org);
        Api admin = own.admin();
        for (String subject : List.of("Alpha printer", "Bravo VPN", "Charlie printer")) {
            admin.post(own.path("/tickets"), Json.createObjectBuilder().add("subject", subject)
                    .add("requesterId", pat).build()).expect(201);
        }
        long unrelated = own.ticket(admin, "Delta, not Initech");
        admin.header("If-Match", "\"1\"").patch(own.path("/tickets/" + unrelated), "{\"status\":\"SOLVED\"}").expect(200);

        JsonObject page = admin.get(own.path("/tickets?organisation=" + org + "&sort=subject&size=2")).expect(200).json();
        assertEquals(3, page.getInt("total"));
        assertEquals(List.of("Alpha printer", "Bravo VPN"), page.getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().map(t -> t.getString("subject")).toList());
        JsonObject second = admin.get(own.path("/tickets?organisation=" + org + "&sort=subject&size=2&page=1")).json();
        assertEquals("Charlie printer", second.getJsonArray("items").getJsonObject(0).getString("subject"));

        List<String> printers = admin.get(own.path("/tickets?q=PRINTER&sort=-subject")).expect(200).json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream().map(t -> t.getString("subject")).toList();
        assertEquals(List.of("Charlie printer", "Alpha printer"), printers);

        JsonObject solved = admin.get(own.path("/tickets?status=solved")).expect(200).json();
        assertEquals(1, solved.getInt("total"));
        assertEquals(3, admin.get(own.path("/tickets?requester=" + pat)).json().getInt("total"));
        assertNotNull(admin.get(own.path("/tickets?q=100%25_off")).expect(200).json().getJsonArray("items"));
    }

    @Test
    void statusMayBeRepeatedToListTicketsInAnyOfThem() {
        TestTenant own = TestTenant.create("statuses");
        Api admin = own.admin();
        own.ticket(admin, "Open one");
        long pending = own.ticket(admin, "Pending one");
        long solved = own.ticket(admin, "Solved one");
        admin.header("If-Match", "\"1\"").patch(own.path("/tickets/" + pending), "{\"status\":\"PENDING\"}").expect(200);
        admin.header("If-Match", "\"1\"").patch(own.path("/tickets/" + solved), "{\"status\":\"SOLVED\"}").expect(200);

        JsonObject either = admin.get(own.path("/tickets?status=OPEN&status=pending&sort=subject")).expect(200).json();
        assertEquals(List.of("Open one", "Pending one"), either.getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().map(t -> t.getString("subject")).toList());
        assertEquals(1, admin.get(own.path("/tickets?status=SOLVED")).expect(200).json().getInt("total"));
        assertEquals(3, admin.get(own.path("/tickets")).expect(200).json().getInt("total"));

        admin.get(own.path("/tickets?status=OPEN&status=DONE")).expectProblem(400, "status");
    }

    @Test
    void updatedSinceIsAnInclusiveLowerBoundOnTheLastUpdate() {
        TestTenant own = TestTenant.create("since");
        Api admin = own.admin();
        JsonObject older = admin.post(own.path("/tickets"), ticketJson("Older")).expect(201).json();
        JsonObject newer = admin.post(own.path("/tickets"), ticketJson("Newer")).expect(201).json();
        Instant olderAt = Instant.parse(older.getString("updatedAt"));
        Instant newerAt = Instant.parse(newer.getString("updatedAt"));

        // Millisecond bounds: what any database keeps of the instant compares with them as the server's clock did.
        Instant bound = newerAt.truncatedTo(ChronoUnit.MILLIS);
        List<String> expected = new java.util.ArrayList<>();
        if (!newerAt.isBefore(bound)) {
            expected.add("Newer");
        }
        if (!olderAt.isBefore(bound)) {
            expected.add("Older");
        }
        assertEquals(expected, subjects(admin, own, "?sort=subject&updated_since=" + bound));
        assertEquals(List.of("Newer", "Older"), subjects(admin, own,
                "?sort=subject&updated_since=" + olderAt.truncatedTo(ChronoUnit.SECONDS)));
        assertEquals(List.of(), subjects(admin, own, "?updated_since=2999-01-01T00:00:00Z"));

        admin.get(own.path("/tickets?updated_since=yesterday")).expectProblem(400, "updated_since");
        admin.get(own.path("/tickets?updated_since=2026-12-02")).expectProblem(400, "updated_since");
    }

    @Test
    void theLinksOfAFilteredPageKeepEveryStatusAndUpdatedSince() {
        TestTenant own = TestTenant.create("links");
        Api admin = own.admin();
        long pending = own.ticket(admin, "Linked pending");
        own.ticket(admin, "Linked open");
        own.ticket(admin, "Linked open again");
        admin.header("If-Match", "\"1\"").patch(own.path("/tickets/" + pending), "{\"status\":\"PENDING\"}").expect(200);

        String query = "?status=OPEN&status=PENDING&updated_since=2020-01-01T00:00:00Z&size=2";
        Reply first = admin.get(own.path("/tickets" + query)).expect(200);
        assertEquals(3, first.json().getInt("total"));
        String link = first.header("Link");
        assertTrue(link.contains("status=OPEN") && link.contains("status=PENDING") && link.contains("updated_since=")
                && link.endsWith("rel=\"next\""), link);
        String next = link.substring(link.indexOf('<') + 1, link.indexOf('>'));
        Reply second = admin.get(next.substring(next.indexOf("/api/"))).expect(200);
        assertEquals(1, second.json().getInt("page"));
        assertEquals(3, second.json().getInt("total"));
        assertEquals(1, second.json().getJsonArray("items").size());
        String back = second.header("Link");
        assertTrue(back.contains("status=OPEN") && back.contains("status=PENDING") && back.contains("updated_since=")
                && back.contains("rel=\"prev\""), back);
    }

    private static List<String> subjects(Api api, TestTenant in, String query) {
        return api.get(in.path("/tickets" + query)).expect(200).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(t -> t.getString("subject")).toList();
    }
}
