package it.dev.annex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.Reply;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
    void aPagedListLinksToItsFirstPreviousNextAndLastPageAndCountsItsItems() {
        for (String subject : List.of("paged one", "paged two", "paged three")) {
            carolApi.post(tenant.path("/tickets"), ticketJson(subject)).expect(201);
        }
        Reply first = carolApi.get(tenant.path("/tickets?size=1&q=paged")).expect(200);
        assertEquals("3", first.header("X-Total-Count"));
        assertTrue(first.link("next").contains("page=1") && first.link("last").contains("page=2"), first.header("Link"));
        assertTrue(first.link("first").contains("page=0") && first.link("first").contains("size=1"), first.header("Link"));
        assertNull(first.link("prev"), "the first page has no previous one");

        Reply second = carolApi.get(first.link("next")).expect(200);
        assertEquals(1, second.json().getInt("page"));
        assertTrue(second.link("prev").contains("page=0") && second.link("next").contains("page=2"), second.header("Link"));

        Reply last = carolApi.get(second.link("last")).expect(200);
        assertEquals(2, last.json().getInt("page"));
        assertNull(last.link("next"), "three tickets, one a page: the third is the last");
        assertEquals(1, last.items().size());
        Set<String> seen = new HashSet<>();
        for (Reply page : List.of(first, second, last)) {
            seen.add(page.items().getJsonObject(0).getString("subject"));
        }
        assertEquals(Set.of("paged one", "paged two", "paged three"), seen, "the pages cover the list once");
    }

    @Test
    void aPageBeyondTheEndIsEmptyAndLinksBackToTheLastOne() {
        carolApi.post(tenant.path("/tickets"), ticketJson("beyond the end")).expect(201);
        Reply beyond = carolApi.get(tenant.path("/tickets?size=1&q=beyond&page=7")).expect(200);
        assertEquals(0, beyond.items().size());
        assertEquals("1", beyond.header("X-Total-Count"));
        assertTrue(beyond.link("prev").contains("page=0") && beyond.link("last").contains("page=0"), beyond.header("Link"));
        assertNull(beyond.link("next"));
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

        List<String> agentSees = agent.get(tenant.path("/tickets/" + id + "/comments")).expect(200).items()
                .getValuesAs(JsonObject.class).stream().map(c -> c.getString("body")).toList();
        assertEquals(List.of("Any news?", "Working on it", "Root cause: DNS"), agentSees);
        List<String> carolSees = carolApi.get(tenant.path("/tickets/" + id + "/comments")).expect(200).items()
                .getValuesAs(JsonObject.class).stream().map(c -> c.getString("body")).toList();
        assertEquals(List.of("Any news?", "Working on it"), carolSees);

        carolApi.post(tenant.path("/tickets/" + id + "/comments"), "{\"body\":\"sneaky\",\"internal\":true}")
                .expectProblem(403);
        assertEquals(3, agent.get(tenant.path("/tickets/" + id + "/comments")).json().getInt("total"));
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
        assertTrue(link.contains("status=OPEN") && link.contains("status=PENDING") && link.contains("updated_since="), link);
        Reply second = admin.get(first.link("next")).expect(200);
        assertEquals(1, second.json().getInt("page"));
        assertEquals(3, second.json().getInt("total"));
        assertEquals(1, second.items().size());
        String back = second.link("prev");
        assertTrue(back.contains("status=OPEN") && back.contains("status=PENDING") && back.contains("updated_since="), back);
    }

    private static List<String> subjects(Api api, TestTenant in, String query) {
        return api.get(in.path("/tickets" + query)).expect(200).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(t -> t.getString("subject")).toList();
    }
}
