package it.dev.annex.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /tickets?shared=true}: the tickets a person sees only because they were shared with
 * them — as a participant or through a plugin's grant — and not their own or their organisation's.
 */
class SharedTicketsIT {

    private TestTenant tenant;
    private long customer;
    private long partner;
    private Api carl;
    private Api pat;
    private Api partnerAdmin;

    @BeforeEach
    void customerAndPartner() {
        tenant = TestTenant.create("shared");
        customer = tenant.organisation("Customer", "CUST");
        partner = tenant.organisation("Partner", "PART");
        tenant.person("carl@customer.example", "CONTACT", customer);
        tenant.person("pat@partner.example", "CONTACT", partner);
        tenant.person("paula@partner.example", "ORGANISATION_ADMIN", partner);
        carl = tenant.as("carl@customer.example");
        pat = tenant.as("pat@partner.example");
        partnerAdmin = tenant.as("paula@partner.example");
    }

    private static List<String> subjects(Api api, String path) {
        return api.get(path).expect(200).json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(t -> t.getString("subject")).sorted().toList();
    }

    private List<String> shared(Api api) {
        return subjects(api, tenant.path("/tickets?shared=true&size=100"));
    }

    private long personId(String email) {
        return tenant.admin().get(tenant.path("/people?q=" + email)).expect(200).json().getJsonArray("items")
                .getJsonObject(0).getJsonNumber("id").longValue();
    }

    @Test
    void aTicketSomeoneAddedMeToIsSharedButMyOwnAreNot() {
        long carlsTicket = tenant.ticket(carl, "Customer's printer");
        tenant.ticket(pat, "Pat's own laptop");
        assertEquals(List.of(), shared(pat));

        tenant.admin().post(tenant.path("/tickets/" + carlsTicket + "/participants"),
                "{\"personId\":" + personId("pat@partner.example") + "}").expect(200);

        assertEquals(List.of("Customer's printer"), shared(pat));
        assertEquals(List.of("Customer's printer", "Pat's own laptop"), subjects(pat, tenant.path("/tickets?size=100")),
                "the full list still holds both");
        assertEquals(List.of(), shared(carl), "the requester's own ticket is not shared with him");
    }

    @Test
    void aPluginGrantSharesTheCustomersTicketsUntilThePluginIsTurnedOff() {
        tenant.ticket(carl, "Customer's printer");
        tenant.ticket(pat, "Partner's own request");
        PluginRuntimeIT.enable(tenant, "echo");
        tenant.admin().post(tenant.path("/plugins/echo/grants"), Json.createObjectBuilder()
                .add("subjectKind", "ORGANISATION").add("subjectId", partner)
                .add("targetKind", "ORGANISATION_TICKETS").add("targetId", customer).add("level", "READ").build())
                .expect(200);

        assertEquals(List.of("Customer's printer"), shared(pat));
        assertEquals(List.of("Customer's printer"), shared(partnerAdmin),
                "the organisation admin's shared view leaves out the partner's own tickets");
        assertEquals(List.of(), shared(carl));

        PluginRuntimeIT.disable(tenant, "echo");
        assertEquals(List.of(), shared(pat), "a disabled plugin's grants share nothing");
    }

    @Test
    void filtersCombineWithTheSharedView() {
        long ticket = tenant.ticket(carl, "Customer's printer");
        tenant.admin().post(tenant.path("/tickets/" + ticket + "/participants"),
                "{\"personId\":" + personId("pat@partner.example") + "}").expect(200);

        assertEquals(List.of("Customer's printer"),
                subjects(pat, tenant.path("/tickets?shared=true&organisation=" + customer)));
        assertEquals(List.of(), subjects(pat, tenant.path("/tickets?shared=true&organisation=" + partner)));
        assertEquals(List.of(), subjects(pat, tenant.path("/tickets?shared=true&status=CLOSED")));
    }

    @Test
    void anotherTenantsPeopleSeeNothingSharedHere() {
        long ticket = tenant.ticket(carl, "Customer's printer");
        tenant.admin().post(tenant.path("/tickets/" + ticket + "/participants"),
                "{\"personId\":" + personId("pat@partner.example") + "}").expect(200);
        TestTenant other = TestTenant.create("shared-other");

        other.admin().get(tenant.path("/tickets?shared=true")).expectProblem(401);
        assertEquals(List.of(), subjects(other.admin(), other.path("/tickets?shared=true")));
    }

    @Test
    void anUnreadableSharedFlagIsABadRequestNamingIt() {
        pat.get(tenant.path("/tickets?shared=maybe")).expectProblem(400, "shared");
    }
}
