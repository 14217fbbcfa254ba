package it.dev.annex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** People added to a ticket see it and take part in its conversation, until they are removed. */
class ParticipantsIT {

    private static TestTenant tenant;
    private static long colleague;
    private static long outsider;
    private static Api requester;

    @BeforeAll
    static void people() {
        tenant = TestTenant.create("cc");
        long acme = tenant.organisation("Acme", "ACME");
        long other = tenant.organisation("Other", "OTH");
        tenant.person("req@acme.example", "CONTACT", acme);
        colleague = tenant.person("col@acme.example", "CONTACT", acme);
        outsider = tenant.person("out@other.example", "CONTACT", other);
        requester = tenant.as("req@acme.example");
    }

    private static List<Long> participantIds(long ticket) {
        return requester.get(tenant.path("/tickets/" + ticket + "/participants")).expect(200).items()
                .getValuesAs(JsonObject.class).stream().map(p -> p.getJsonNumber("id").longValue()).toList();
    }

    @Test
    void anAddedPersonSeesAndCommentsUntilRemoved() {
        long ticket = tenant.ticket(requester, "CC me");
        Api col = tenant.as("col@acme.example");
        col.get(tenant.path("/tickets/" + ticket)).expectProblem(404);

        requester.post(tenant.path("/tickets/" + ticket + "/participants"), "{\"personId\":" + colleague + "}").expect(200);
        assertEquals(List.of(colleague), participantIds(ticket));
        col.get(tenant.path("/tickets/" + ticket)).expect(200);
        assertEquals(1, col.get(tenant.path("/tickets")).json().getInt("total"));
        col.post(tenant.path("/tickets/" + ticket + "/comments"), "{\"body\":\"seen\"}").expect(201);
        col.post(tenant.path("/tickets/" + ticket + "/participants"), "{\"personId\":" + outsider + "}").expectProblem(403);

        requester.delete(tenant.path("/tickets/" + ticket + "/participants/" + colleague)).expect(204);
        col.get(tenant.path("/tickets/" + ticket)).expectProblem(404);
        assertEquals(List.of(), participantIds(ticket));
    }

    @Test
    void badParticipantsAreRejected() {
        long ticket = tenant.ticket(requester, "Bad CC");
        requester.post(tenant.path("/tickets/" + ticket + "/participants"), "{}").expectProblem(422, "personId");
        requester.post(tenant.path("/tickets/" + ticket + "/participants"), "{\"personId\":999999}").expectProblem(422, "personId");
        requester.delete(tenant.path("/tickets/" + ticket + "/participants/" + outsider)).expectProblem(404);
        tenant.as("out@other.example").post(tenant.path("/tickets/" + ticket + "/participants"), "{\"personId\":" + outsider + "}")
                .expectProblem(404);
    }
}
