package it.dev.annex.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Grants written by a plugin widen what the host's own ticket list and ticket page show. */
class PluginGrantsIT {

    private TestTenant tenant;
    private long customer;
    private long partner;
    private long customerTicket;
    private long pat;
    private Api patApi;
    private Api quinnApi;
    private Api admin;

    @BeforeEach
    void partnerAndCustomer() {
        tenant = TestTenant.create("grants");
        customer = tenant.organisation("Customer", "CUST");
        partner = tenant.organisation("Partner", "PART");
        tenant.person("carl@customer.example", "CONTACT", customer);
        pat = tenant.person("pat@partner.example", "CONTACT", partner);
        tenant.person("quinn@partner.example", "CONTACT", partner);
        customerTicket = tenant.ticket(tenant.as("carl@customer.example"), "Customer's printer");
        patApi = tenant.as("pat@partner.example");
        quinnApi = tenant.as("quinn@partner.example");
        admin = tenant.admin();
        PluginRuntimeIT.enable(tenant, "echo");
    }

    private long grant(String subjectKind, long subjectId, String level, Instant expiresAt) {
        var body = Json.createObjectBuilder().add("subjectKind", subjectKind).add("subjectId", subjectId)
                .add("targetKind", "ORGANISATION_TICKETS").add("targetId", customer).add("level", level);
        if (expiresAt != null) {
            body.add("expiresAt", expiresAt.toString());
        }
        return admin.post(tenant.path("/plugins/echo/grants"), body.build()).expect(200).id();
    }

    private List<String> subjects(Api api) {
        return api.get(tenant.path("/tickets?size=100")).expect(200).json().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(t -> t.getString("subject")).toList();
    }

    @Test
    void anOrganisationGrantOpensTheCustomersTicketsToThePartnersPeople() {
        assertEquals(List.of(), subjects(patApi));
        patApi.get(tenant.path("/tickets/" + customerTicket)).expectProblem(404);

        grant("ORGANISATION", partner, "READ", null);
        assertEquals(List.of("Customer's printer"), subjects(patApi));
        assertEquals(List.of("Customer's printer"), subjects(quinnApi));
        patApi.get(tenant.path("/tickets/" + customerTicket)).expect(200);
        patApi.post(tenant.path("/tickets/" + customerTicket + "/comments"), "{\"body\":\"hi\"}").expectProblem(403);
    }

    @Test
    void aPersonsOwnGrantTakesPrecedenceOverTheirOrganisationsBothWays() {
        grant("ORGANISATION", partner, "READ", null);
        grant("PERSON", pat, "NONE", null);
        assertEquals(List.of(), subjects(patApi), "pat's NONE narrows the organisation's READ");
        patApi.get(tenant.path("/tickets/" + customerTicket)).expectProblem(404);
        assertEquals(List.of("Customer's printer"), subjects(quinnApi), "quinn keeps the organisation's READ");

        grant("PERSON", pat, "COMMENT", null);
        patApi.post(tenant.path("/tickets/" + customerTicket + "/comments"), "{\"body\":\"from pat\"}").expect(201);
        quinnApi.post(tenant.path("/tickets/" + customerTicket + "/comments"), "{\"body\":\"from quinn\"}").expectProblem(403);
    }

    @Test
    void anExpiredGrantCountsForNothing() {
        grant("ORGANISATION", partner, "UPDATE", Instant.now().minusSeconds(1));
        assertEquals(List.of(), subjects(patApi));
        grant("ORGANISATION", partner, "READ", Instant.now().plusSeconds(3600));
        assertEquals(List.of("Customer's printer"), subjects(patApi));
    }

    @Test
    void revokingOrDisablingThePluginEndsTheAccessAtOnce() {
        long id = grant("ORGANISATION", partner, "READ", null);
        assertEquals(1, subjects(patApi).size());
        PluginRuntimeIT.disable(tenant, "echo");
        assertEquals(List.of(), subjects(patApi));
        patApi.get(tenant.path("/tickets/" + customerTicket)).expectProblem(404);
        PluginRuntimeIT.enable(tenant, "echo");
        assertEquals(1, subjects(patApi).size());
        admin.delete(tenant.path("/plugins/echo/grants/" + id)).expect(204);
        assertEquals(List.of(), subjects(patApi));
    }

    @Test
    void updateAndCreateOnBehalfNeedTheirLevels() {
        grant("ORGANISATION", partner, "UPDATE", null);
        patApi.header("If-Match", "\"1\"").patch(tenant.path("/tickets/" + customerTicket), "{\"subject\":\"Renamed by partner\"}")
                .expect(200);
        patApi.post(tenant.path("/tickets"), "{\"subject\":\"On behalf\",\"organisationId\":" + customer + "}")
                .expectProblem(422, "organisationId");
        grant("PERSON", pat, "CREATE_ON_BEHALF", null);
        JsonObject created = patApi.post(tenant.path("/tickets"), "{\"subject\":\"On behalf\",\"organisationId\":" + customer + "}")
                .expect(201).json();
        assertEquals(customer, created.getJsonNumber("organisationId").longValue());
    }

    @Test
    void grantsMustNameThisTenantsPeopleAndOrganisations() {
        TestTenant other = TestTenant.create("grants-other");
        long foreign = other.organisation("Foreign", "FOR");
        admin.post(tenant.path("/plugins/echo/grants"), Json.createObjectBuilder().add("subjectKind", "ORGANISATION")
                .add("subjectId", foreign).add("targetKind", "ORGANISATION_TICKETS").add("targetId", customer)
                .add("level", "READ").build()).expectProblem(422, "subject");
    }

    @Test
    void anAdminGrantOnAnOrganisationLetsItsHolderManageThatOrganisationsContactsAndNoMore() {
        String newContact = "{\"email\":\"new@customer.example\",\"displayName\":\"New\",\"role\":\"CONTACT\","
                + "\"organisationId\":" + customer + ",\"password\":\"password-9\"}";
        patApi.post(tenant.path("/people"), newContact).expectProblem(403);
        patApi.get(tenant.path("/people?organisation=" + customer)).expect(200);
        grant("ORGANISATION", partner, "CREATE_ON_BEHALF", null);
        patApi.post(tenant.path("/people"), newContact).expectProblem(403);

        grant("PERSON", pat, "ADMIN", null);
        long created = patApi.post(tenant.path("/people"), newContact).expect(201).id();
        String people = patApi.get(tenant.path("/people?organisation=" + customer + "&size=100")).expect(200).body();
        assertEquals(true, people.contains("carl@customer.example") && people.contains("new@customer.example"), people);
        patApi.get(tenant.path("/people/" + created)).expect(200);
        JsonObject renamed = patApi.patch(tenant.path("/people/" + created), "{\"displayName\":\"Newt\",\"role\":\"ORGANISATION_ADMIN\"}")
                .expect(200).json();
        assertEquals("ORGANISATION_ADMIN", renamed.getString("role"));
        patApi.patch(tenant.path("/people/" + created), "{\"active\":false}").expect(200);

        // Never beyond the organisation's contacts, and never an existing account's password.
        patApi.patch(tenant.path("/people/" + created), "{\"role\":\"AGENT\"}").expectProblem(403);
        patApi.patch(tenant.path("/people/" + created), "{\"organisationId\":" + partner + "}").expectProblem(403);
        patApi.patch(tenant.path("/people/" + created), "{\"password\":\"password-2\"}").expectProblem(403);
        patApi.post(tenant.path("/people"), "{\"email\":\"a@x.example\",\"displayName\":\"A\",\"role\":\"AGENT\","
                + "\"organisationId\":" + customer + "}").expectProblem(403);
        patApi.patch(tenant.path("/people/" + tenant.adminId()), "{\"displayName\":\"x\"}").expectProblem(403);
        quinnApi.post(tenant.path("/people"), newContact.replace("new@", "other@")).expectProblem(403);

        PluginRuntimeIT.disable(tenant, "echo");
        patApi.post(tenant.path("/people"), newContact.replace("new@", "late@")).expectProblem(403);
    }
}
