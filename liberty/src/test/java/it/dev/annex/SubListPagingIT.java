package it.dev.annex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.Reply;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A ticket's comments and participants and a person's tokens are paged like the ticket list: the
 * same page and size parameters, the same page object, Link headers and X-Total-Count, so that an
 * integrator writes one pager for every list.
 */
class SubListPagingIT {

    private static TestTenant tenant;
    private static Api agent;
    private static long ticket;

    @BeforeAll
    static void aTicketWithAConversation() {
        tenant = TestTenant.create("sublists");
        long acme = tenant.organisation("Acme", "ACME");
        tenant.person("agent@sublists.example", "AGENT", null);
        agent = tenant.as("agent@sublists.example");
        ticket = tenant.ticket(agent, "A long conversation");
        for (int i = 1; i <= 5; i++) {
            agent.post(tenant.path("/tickets/" + ticket + "/comments"), "{\"body\":\"reply " + i + "\"}").expect(201);
        }
        for (int i = 1; i <= 3; i++) {
            long cc = tenant.person("cc" + i + "@acme.example", "CONTACT", acme);
            agent.post(tenant.path("/tickets/" + ticket + "/participants"), "{\"personId\":" + cc + "}").expect(200);
        }
    }

    @Test
    void commentsArePagedOldestFirstAndTheLinksWalkTheWholeConversationOnce() {
        Reply page = agent.get(tenant.path("/tickets/" + ticket + "/comments?size=2")).expect(200);
        assertEquals("5", page.header("X-Total-Count"));
        assertEquals(5, page.json().getInt("total"));
        List<String> bodies = new ArrayList<>();
        int pages = 0;
        while (page != null) {
            pages++;
            page.items().getValuesAs(JsonObject.class).forEach(c -> bodies.add(c.getString("body")));
            String next = page.link("next");
            page = next == null ? null : agent.get(next).expect(200);
        }
        assertEquals(List.of("reply 1", "reply 2", "reply 3", "reply 4", "reply 5"), bodies);
        assertEquals(3, pages);
    }

    @Test
    void participantsAreAPagedList() {
        Reply first = agent.get(tenant.path("/tickets/" + ticket + "/participants?size=2")).expect(200);
        assertEquals(3, first.json().getInt("total"));
        assertEquals(2, first.items().size());
        Reply last = agent.get(first.link("last")).expect(200);
        assertEquals(1, last.items().size());
        assertNull(last.link("next"));
        assertEquals(3, agent.get(tenant.path("/tickets/" + ticket + "/participants")).expect(200).items().size(),
                "the default page holds them all");
    }

    @Test
    void tokensArePagedNewestFirst() {
        Api admin = tenant.admin();
        for (String name : List.of("first", "second", "third")) {
            admin.post(tenant.path("/me/tokens"), "{\"name\":\"" + name + "\"}").expect(201);
        }
        Reply newest = admin.get(tenant.path("/me/tokens?size=1")).expect(200);
        assertEquals("3", newest.header("X-Total-Count"));
        assertEquals("third", newest.items().getJsonObject(0).getString("name"));
        Reply oldest = admin.get(newest.link("last")).expect(200);
        assertEquals("first", oldest.items().getJsonObject(0).getString("name"));
    }

    @Test
    void aBadPageOrSizeIsAProblemNamingIt() {
        agent.get(tenant.path("/tickets/" + ticket + "/comments?size=0")).expectProblem(400, "size");
        agent.get(tenant.path("/tickets/" + ticket + "/comments?size=101")).expectProblem(400, "size");
        agent.get(tenant.path("/tickets/" + ticket + "/participants?page=-1")).expectProblem(400, "page");
        tenant.admin().get(tenant.path("/me/tokens?page=x")).expectProblem(400, "page");
        tenant.admin().get(tenant.path("/admin/audit?size=many")).expectProblem(400, "size");
    }
}
