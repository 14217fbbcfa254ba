package it.dev.annex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.host.helpdesk.rt.client.RtClient;
import dev.annex.host.helpdesk.rt.client.RtTicket;
import dev.annex.host.helpdesk.rt.client.RtTransaction;
import dev.annex.plugin.testkit.server.Api;
import it.dev.annex.support.RealRt;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A tenant the operator backs by the real Request Tracker 5 ({@code .ci/rt}, IT port + 9): Annex's
 * ticket API writes through to RT and reads from Annex's index, while a tenant on the built-in
 * help desk is untouched.
 */
@ExtendWith(RealRt.Running.class)
class RtBackedTenantIT {

    private static String queue;
    private static TestTenant tenant;
    private static Api carol;
    private static Api agent;
    private static String carolEmail;

    @BeforeAll
    static void aTenantBackedByRt() {
        queue = RealRt.queue("annex-backed");
        tenant = TestTenant.create("rt-backed");
        carolEmail = "carol@" + tenant.slug() + ".example";
        tenant.person(carolEmail, "CONTACT", tenant.organisation("Acme", "ACME"));
        tenant.person("agent@" + tenant.slug() + ".example", "AGENT", null);
        carol = tenant.as(carolEmail);
        agent = tenant.as("agent@" + tenant.slug() + ".example");
        TestTenant.OPERATOR.put("/api/operator/tenants/" + tenant.slug() + "/help-desk", Json.createObjectBuilder()
                .add("kind", "RT").add("baseUrl", RealRt.URL).add("token", RealRt.token())
                .add("queues", Json.createArrayBuilder().add(queue)).add("organisations", "ORGANIZATION_FIELD")
                .build().toString()).expect(200);
    }

    @Test
    void aContactsTicketIsOpenedInRtAndRepliesGoToRtAsCorrespondence() {
        JsonObject created = carol.post(tenant.path("/tickets"), Json.createObjectBuilder()
                .add("subject", "Printer on fire").add("description", "Smoke everywhere.").build()).expect(201).json();
        assertEquals(1, created.getJsonNumber("number").longValue(), "the tenant's own numbering, from 1");
        assertEquals("OPEN", created.getString("status"));

        RtClient rt = RealRt.client();
        List<RtTicket> inRt = rt.search("Queue = '" + queue + "'", 1, 10).items();
        assertEquals(1, inRt.size(), "the ticket exists in RT, in the tenant's queue");
        assertEquals("Printer on fire", inRt.get(0).subject());
        assertEquals(carolEmail, inRt.get(0).requestors().get(0).email());

        agent.post(tenant.path("/tickets/" + created.getJsonNumber("id") + "/comments"),
                "{\"body\":\"On our way with an extinguisher\"}").expect(201);
        List<RtTransaction> history = rt.recentTransactions(inRt.get(0).id(), null, 20);
        assertTrue(history.stream().anyMatch(t -> t.type().equals("Correspond")), "a public reply is RT correspondence");

        List<String> listed = carol.get(tenant.path("/tickets")).expect(200).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(t -> t.getString("subject")).toList();
        assertEquals(List.of("Printer on fire"), listed, "read back from Annex's index");
    }

    @Test
    void aTenantOnTheBuiltInHelpDeskIsUntouched() {
        TestTenant builtIn = TestTenant.create("rt-neighbour");
        JsonObject created = builtIn.admin().post(builtIn.path("/tickets"), Json.createObjectBuilder()
                .add("subject", "Stays in Annex").build()).expect(201).json();
        assertEquals(1, created.getJsonNumber("number").longValue());
        assertTrue(RealRt.client().search("Subject = 'Stays in Annex'", 1, 10).items().isEmpty(),
                "a built-in tenant's ticket never reaches RT");
    }
}
