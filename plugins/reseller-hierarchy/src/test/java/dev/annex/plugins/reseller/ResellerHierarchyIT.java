package dev.annex.plugins.reseller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * reseller-hierarchy on a running server: the agents' placing of organisations and its rules,
 * the partner's Add customer with each validation, who sees which customers and partners down
 * the tree (never across: another partner's and another tenant's ids are 404), who may change
 * (403), edit, delete several all-or-none, sites and assets, the roll-ups, moving a customer,
 * and paging, sorting and search. One tenant for the class: each test makes its own customers.
 */
class ResellerHierarchyIT {

    static Resellers r;

    @BeforeAll
    static void tree() {
        r = new Resellers("reseller");
    }

    static List<String> names(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(c -> c.getString("name")).toList();
    }

    /** The reseller pages the host offers this person ({@code GET …/plugins}), by element. */
    static List<String> offeredPages(Api who) {
        return who.get(r.tenant.path("/plugins")).expect(200).array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("id").equals("reseller-hierarchy"))
                .flatMap(p -> p.getJsonArray("ui").getValuesAs(JsonObject.class).stream())
                .map(c -> c.getString("element")).sorted().toList();
    }

    /**
     * The pages follow the person's place in the tree (plugin API 1.5.0's offers): those above the
     * tree get Customers and Partners; a distributor's Admin all three; a partner's Admin Customers
     * and Operators, its Viewer Customers; a customer's people and an organisation outside the tree
     * none — and an organisation placed later gets its pages at once.
     */
    @Test
    void eachPersonIsOfferedThePagesOfTheirPlaceInTheTreeAndNoOthers() {
        long customer = r.customer("pat", "Offered Pages Customer");
        r.tenant.person(r.email("offered-cora"), "ORGANISATION_ADMIN", customer);
        long outside = r.tenant.organisation("Outside The Tree", "OUT-1");
        r.tenant.person(r.email("offered-otto"), "ORGANISATION_ADMIN", outside);
        r.tenant.person(r.email("offered-agnes"), "AGENT", null);
        List<String> aboveTheTree = List.of("rh-customers", "rh-partners");
        assertEquals(aboveTheTree, offeredPages(r.tenant.admin()));
        assertEquals(aboveTheTree, offeredPages(r.as("offered-agnes")));
        assertEquals(List.of("rh-customers", "rh-operators", "rh-partners"), offeredPages(r.as("dora")));
        assertEquals(List.of("rh-customers", "rh-operators"), offeredPages(r.as("pat")));
        assertEquals(List.of("rh-customers"), offeredPages(r.as("paco")), "a partner's Viewer");
        assertEquals(List.of(), offeredPages(r.as("offered-cora")), "a customer's admin");
        assertEquals(List.of(), offeredPages(r.as("offered-otto")), "an organisation outside the tree");

        r.place(outside, "PARTNER", r.dunmore).expect(201);
        assertEquals(List.of("rh-customers", "rh-operators"), offeredPages(r.as("offered-otto")),
                "placed as a partner: its organisation admin will be the portal's first Admin");
    }

    @Test
    void agentsPlaceOrganisationsInTheTreeAndEachRuleIsA422NamingTheField() {
        long org = r.tenant.organisation("Placement Test", "PLACE-1");
        r.place(org, null, null).expectProblem(422, "kind");
        r.place(org, "RESELLER", null).expectProblem(422, "kind");
        r.place(org, "CUSTOMER", null).expectProblem(422, "parentId");
        r.place(org, "CUSTOMER", r.dunmore).expectProblem(422, "parentId");
        r.place(org, "DISTRIBUTOR", r.dunmore).expectProblem(422, "parentId");
        r.place(org, "PARTNER", r.northwind).expectProblem(422, "parentId");
        r.place(org, "PARTNER", org).expectProblem(422, "parentId");
        r.place(999_999_999L, "PARTNER", null).expectProblem(404);
        r.tenant.admin().get(r.path("/organisations")).expect(200).array().getValuesAs(JsonObject.class)
                .forEach(n -> assertTrue(n.getJsonNumber("id").longValue() != org, "nothing written by a refused placing"));

        JsonObject placed = r.place(org, "CUSTOMER", r.riverside).expect(201).json();
        assertEquals("Placement Test", placed.getString("name"));
        assertEquals(r.riverside, placed.getJsonNumber("parentId").longValue());
        r.place(org, "CUSTOMER", r.northwind).expect(200);

        r.place(r.northwind, "CUSTOMER", r.riverside).expectProblem(409, "kind");
        r.as("pat").put(r.path("/organisations/" + org), "{\"kind\":\"PARTNER\"}").expectProblem(403);
        r.as("dora").get(r.path("/organisations")).expectProblem(403);
    }

    @Test
    void aPartnersAdminAddsACustomerToTheirOwnOrganisationAndEveryRuleIsA422() {
        Api pat = r.as("pat");
        String customers = r.path("/customers");
        long before = r.customers(r.tenant.admin(), "?size=50").getJsonNumber("total").longValue();
        pat.post(customers, "{\"email\":\"a@b.example\"}").expectProblem(422, "name");
        pat.post(customers, "{\"name\":\"   \",\"email\":\"a@b.example\"}").expectProblem(422, "name");
        pat.post(customers, Json.createObjectBuilder().add("name", "x".repeat(51)).add("email", "a@b.example").build())
                .expectProblem(422, "name");
        pat.post(customers, "{\"name\":\"Acme\"}").expectProblem(422, "email");
        pat.post(customers, "{\"name\":\"Acme\",\"email\":\"not-an-address\"}").expectProblem(422, "email");
        pat.post(customers, "{\"name\":\"Acme\",\"email\":\"a@b\"}").expectProblem(422, "email");
        pat.post(customers, "{\"name\":\"Acme\",\"email\":\"a@b.example\",\"partnerId\":" + r.oakfield + "}")
                .expectProblem(422, "partnerId");
        pat.post(customers, "{\"name\":\"Acme\",\"email\":\"a@b.example\",\"seats\":-1}").expectProblem(422, "seats");
        pat.post(customers, "{\"name\":\"Acme\",\"email\":\"a@b.example\",\"expiresOn\":\"31/12/2027\"}")
                .expectProblem(422, "expiresOn");
        r.as("paco").post(customers, "{\"name\":\"Acme\",\"email\":\"a@b.example\"}").expectProblem(403);
        r.as("dora").post(customers, "{\"name\":\"Acme\",\"email\":\"a@b.example\"}").expectProblem(403);
        r.tenant.admin().post(customers, "{\"name\":\"Acme\",\"email\":\"a@b.example\"}").expectProblem(422, "partnerId");
        assertEquals(before, r.customers(r.tenant.admin(), "").getJsonNumber("total").longValue(), "nothing half-written");

        String fifty = "Wizard " + "w".repeat(43);
        JsonObject created = pat.post(customers, Json.createObjectBuilder().add("name", fifty)
                .add("email", "Admin@Wizard.example").build()).expect(201).json();
        long id = created.getJsonNumber("id").longValue();
        assertEquals(fifty, created.getString("name"));
        assertEquals("admin@wizard.example", created.getString("email"));
        assertEquals(r.northwind, created.getJsonNumber("partnerId").longValue());
        assertEquals("Northwind Partners", created.getString("partnerName"));
        assertEquals(0, created.getInt("seats"));
        JsonObject organisation = r.tenant.admin().get(r.tenant.path("/organisations/" + id)).expect(200).json();
        assertEquals(fifty, organisation.getString("name"), "the customer is an organisation of the help desk");
        assertTrue(organisation.getString("accountNumber").matches("RH-[0-9A-F]{12}"), organisation::toString);

        long byAgent = r.tenant.admin().post(customers, Json.createObjectBuilder().add("name", "Agent's Pick")
                .add("email", "it@pick.example").add("partnerId", r.riverside).build()).expect(201).id();
        assertEquals(r.riverside, r.as("rita").get(customers + "/" + byAgent).expect(200).json()
                .getJsonNumber("partnerId").longValue());
    }

    @Test
    void eachSeesTheirPartOfTheTreeAndOtherIdsAre404() {
        long north = r.customer("pat", "Visible North");
        long oak = r.customer("quinn", "Visible Oak");
        long river = r.customer("rita", "Visible River");
        String q = "?q=visible&size=50";
        assertEquals(List.of("Visible North"), names(r.customers(r.as("pat"), q)));
        assertEquals(List.of("Visible North"), names(r.customers(r.as("paco"), q)), "a partner's contact sees too");
        assertEquals(List.of("Visible North", "Visible Oak"), names(r.customers(r.as("dora"), q)));
        assertEquals(List.of("Visible North", "Visible Oak", "Visible River"), names(r.customers(r.tenant.admin(), q)));

        for (String path : List.of("/customers/" + oak, "/customers/" + oak + "/sites")) {
            r.as("pat").get(r.path(path)).expectProblem(404);
        }
        r.as("pat").patch(r.path("/customers/" + oak), "{\"seats\":5}").expectProblem(404);
        r.as("pat").post(r.path("/customers/" + oak + "/sites"), "{\"name\":\"HQ\"}").expectProblem(404);
        r.as("dora").get(r.path("/customers/" + river)).expectProblem(404);
        r.as("dora").get(r.path("/customers/" + north)).expect(200);
        r.as("dora").patch(r.path("/customers/" + north), "{\"seats\":5}").expectProblem(403);
        r.as("paco").patch(r.path("/customers/" + north), "{\"seats\":5}").expectProblem(403);
        r.as("paco").post(r.path("/customers/delete"), "{\"ids\":[" + north + "]}").expectProblem(403);

        // The customer's own people are not partners: no reseller pages.
        r.tenant.person(r.email("cora"), "ORGANISATION_ADMIN", north);
        r.as("cora").get(r.path("/customers")).expectProblem(403);
        JsonObject me = r.as("cora").get(r.path("/me")).expect(200).json();
        assertEquals("CUSTOMER", me.getString("kind"));
        assertEquals(0, me.getJsonArray("pages").size(), "a customer's people have no reseller pages");
        r.as("pat").get(r.path("/partners")).expectProblem(403);

        // Another tenant, with the plugin on, never reaches these ids.
        Resellers other = new Resellers("reseller-other");
        other.tenant.admin().get(other.path("/customers/" + north)).expectProblem(404);
        other.tenant.admin().patch(other.path("/customers/" + north), "{\"seats\":5}").expectProblem(404);
        other.tenant.admin().post(other.path("/customers/delete"), "{\"ids\":[" + north + "]}").expectProblem(404);
        other.tenant.admin().get(other.path("/customers/" + north + "/sites")).expectProblem(404);
        other.place(north, "PARTNER", null).expectProblem(404);
        r.tenant.admin().get(r.path("/customers/" + north)).expect(200);
    }

    @Test
    void editChecksEveryFieldAndKeepsWhatIsNotSent() {
        long id = r.customer("pat", "Edit Me");
        String path = r.path("/customers/" + id);
        Api pat = r.as("pat");
        pat.patch(path, "{\"seats\":-3}").expectProblem(422, "seats");
        pat.patch(path, "{\"name\":\"" + "n".repeat(51) + "\"}").expectProblem(422, "name");
        pat.patch(path, "{\"email\":\"nope\"}").expectProblem(422, "email");
        pat.patch(path, "{\"expiresOn\":\"2027-02-30\"}").expectProblem(422, "expiresOn");
        pat.patch(path, "{\"skus\":[{\"sku\":\"M365-E3\",\"quantity\":5},{\"sku\":\"m365-e3\",\"quantity\":1}]}")
                .expectProblem(422, "skus[1].sku");
        pat.patch(path, "{\"skus\":[{\"sku\":\"M365-E3\",\"quantity\":0}]}").expectProblem(422, "skus[0].quantity");
        JsonObject edited = pat.patch(path, "{\"seats\":25,\"expiresOn\":\"2027-03-31\",\"skus\":[{\"sku\":\"M365-E3\","
                + "\"quantity\":20},{\"sku\":\"DEFENDER\",\"quantity\":5}]}").expect(200).json();
        assertEquals(25, edited.getInt("seats"));
        assertEquals("2027-03-31", edited.getString("expiresOn"));
        assertEquals("Edit Me", edited.getString("name"), "not sent, kept");
        assertEquals("[DEFENDER x5, M365-E3 x20]", edited.getJsonArray("skus").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("sku") + " x" + s.getInt("quantity")).toList().toString());
        assertEquals("Edit Me", r.tenant.admin().get(r.tenant.path("/organisations/" + id)).expect(200).json()
                .getString("name"), "a rejected edit renamed nothing");
        assertEquals("Edited Name", pat.patch(path, "{\"name\":\"Edited Name\"}").expect(200).json().getString("name"));
        assertEquals("Edited Name", r.tenant.admin().get(r.tenant.path("/organisations/" + id)).expect(200).json()
                .getString("name"), "the help desk's organisation is renamed with the customer");
        JsonObject cleared = pat.patch(path, "{\"expiresOn\":\"\",\"skus\":[]}").expect(200).json();
        assertTrue(cleared.isNull("expiresOn"));
        assertEquals(0, cleared.getJsonArray("skus").size());
        assertEquals(25, cleared.getInt("seats"));
    }

    @Test
    void deletingSeveralIsAllOrNoneAndTakesSitesAndAssetsWithIt() {
        long one = r.customer("pat", "Delete One");
        long two = r.customer("pat", "Delete Two");
        long oak = r.customer("quinn", "Delete Oak");
        long site = r.as("pat").post(r.path("/customers/" + one + "/sites"), "{\"name\":\"HQ\"}").expect(201).id();
        r.as("pat").post(r.path("/customers/" + one + "/sites/" + site + "/assets"),
                "{\"name\":\"Core switch\",\"kind\":\"switch\",\"identifier\":\"SW-01\"}").expect(201);
        String delete = r.path("/customers/delete");
        r.as("pat").post(delete, "{\"ids\":[]}").expectProblem(422, "ids");
        r.as("pat").post(delete, "{\"ids\":[" + one + "," + two + "," + oak + "]}").expectProblem(404);
        assertEquals(List.of("Delete One", "Delete Two"), names(r.customers(r.as("pat"), "?q=delete")), "none deleted");

        // A customer whose people wait for answers is not deleted, nor any other of the request.
        r.tenant.person(r.email("dina"), "CONTACT", one);
        long waiting = r.tenant.ticket(r.as("dina"), "Still waiting");
        JsonObject refused = r.as("pat").post(delete, "{\"ids\":[" + one + "," + two + "]}").expectProblem(409, "ids");
        assertTrue(refused.getString("detail").contains("Delete One (1 open ticket)"), refused.toString());
        assertEquals(List.of("Delete One", "Delete Two"), names(r.customers(r.as("pat"), "?q=delete")), "none deleted");
        String ticket = r.tenant.path("/tickets/" + waiting);
        String etag = r.tenant.admin().get(ticket).expect(200).header("ETag");
        r.tenant.admin().header("If-Match", etag).patch(ticket, "{\"status\":\"SOLVED\"}").expect(200);

        assertEquals(2, r.as("pat").post(delete, "{\"ids\":[" + one + "," + two + "]}").expect(200).json().getInt("deleted"));
        assertEquals(List.of(), names(r.customers(r.as("pat"), "?q=delete")));
        r.as("pat").get(r.path("/customers/" + one + "/sites")).expectProblem(404);
        r.tenant.admin().get(r.tenant.path("/organisations/" + one)).expect(200);
        assertEquals(List.of("Delete Oak"), names(r.customers(r.as("quinn"), "?q=delete")));
    }

    @Test
    void sitesAndTheirAssetsAreListedCountedAndDeletedAfterTheRules() {
        long id = r.customer("pat", "Sites Customer");
        long other = r.customer("pat", "Sites Other");
        String sites = r.path("/customers/" + id + "/sites");
        Api pat = r.as("pat");
        pat.post(sites, "{}").expectProblem(422, "name");
        pat.post(sites, "{\"name\":\"" + "s".repeat(101) + "\"}").expectProblem(422, "name");
        long hq = pat.post(sites, "{\"name\":\"Headquarters\"}").expect(201).id();
        long depot = pat.post(sites, "{\"name\":\"Depot\"}").expect(201).id();
        long lab = pat.post(sites, "{\"name\":\"Lab\"}").expect(201).id();
        long foreign = pat.post(r.path("/customers/" + other + "/sites"), "{\"name\":\"Elsewhere\"}").expect(201).id();
        pat.post(sites + "/" + hq + "/assets", "{\"kind\":\"probe\",\"identifier\":\"P-1\"}").expectProblem(422, "name");
        pat.post(sites + "/" + hq + "/assets", "{\"name\":\"Probe\",\"identifier\":\"P-1\"}").expectProblem(422, "kind");
        pat.post(sites + "/" + hq + "/assets", "{\"name\":\"Probe\",\"kind\":\"probe\"}").expectProblem(422, "identifier");
        pat.post(sites + "/" + foreign + "/assets", "{\"name\":\"Probe\",\"kind\":\"probe\",\"identifier\":\"P-1\"}")
                .expectProblem(404);
        pat.post(sites + "/" + hq + "/assets", "{\"name\":\"Probe A\",\"kind\":\"probe\",\"identifier\":\"P-1\"}").expect(201);
        pat.post(sites + "/" + hq + "/assets", "{\"name\":\"Printer\",\"kind\":\"printer\",\"identifier\":\"10.0.0.7\"}").expect(201);
        pat.post(sites + "/" + depot + "/assets", "{\"name\":\"Probe B\",\"kind\":\"probe\",\"identifier\":\"P-2\"}").expect(201);

        assertEquals("[Depot 1, Headquarters 2, Lab 0]", pat.get(sites).expect(200).array().getValuesAs(JsonObject.class)
                .stream().map(s -> s.getString("name") + " " + s.getInt("assets")).toList().toString());
        assertEquals("[Printer 10.0.0.7, Probe A P-1]", r.as("dora").get(sites + "/" + hq + "/assets").expect(200).array()
                .getValuesAs(JsonObject.class).stream().map(a -> a.getString("name") + " " + a.getString("identifier"))
                .toList().toString());
        r.as("pat").get(sites + "/" + foreign + "/assets").expectProblem(404);
        JsonObject customer = pat.get(r.path("/customers/" + id)).expect(200).json();
        assertEquals(3, customer.getInt("sites"));
        assertEquals(3, customer.getInt("assets"));

        pat.post(sites + "/delete", "{\"ids\":[" + hq + "," + foreign + "]}").expectProblem(404);
        r.as("paco").post(sites + "/delete", "{\"ids\":[" + hq + "]}").expectProblem(403);
        JsonObject deleted = pat.post(sites + "/delete", "{\"ids\":[" + hq + "," + lab + "]}").expect(200).json();
        assertEquals(2, deleted.getInt("deleted"));
        assertEquals(2, deleted.getInt("assetsDeleted"));
        customer = pat.get(r.path("/customers/" + id)).expect(200).json();
        assertEquals(1, customer.getInt("sites"));
        assertEquals(1, customer.getInt("assets"));
        assertEquals(1, pat.get(r.path("/customers/" + other + "/sites")).expect(200).array().size());
    }

    @Test
    void partnersAndDistributorsShowTheTotalsOfTheCustomersBelowThem() {
        Resellers t = new Resellers("reseller-rollup");
        long a = t.customer("pat", "Roll A");
        long b = t.customer("pat", "Roll B");
        long c = t.customer("quinn", "Roll C");
        t.customer("rita", "Roll D");
        t.as("pat").patch(t.path("/customers/" + a), "{\"seats\":10,\"expiresOn\":\"2027-06-30\"}").expect(200);
        t.as("pat").patch(t.path("/customers/" + b), "{\"seats\":5,\"expiresOn\":\"2027-01-31\"}").expect(200);
        t.as("quinn").patch(t.path("/customers/" + c), "{\"seats\":7}").expect(200);
        long site = t.as("pat").post(t.path("/customers/" + a + "/sites"), "{\"name\":\"S1\"}").expect(201).id();
        t.as("pat").post(t.path("/customers/" + a + "/sites"), "{\"name\":\"S2\"}").expect(201);
        t.as("pat").post(t.path("/customers/" + a + "/sites/" + site + "/assets"),
                "{\"name\":\"P\",\"kind\":\"probe\",\"identifier\":\"1\"}").expect(201);
        t.as("quinn").post(t.path("/customers/" + c + "/sites"), "{\"name\":\"S3\"}").expect(201);

        List<JsonObject> partners = t.as("dora").get(t.path("/partners")).expect(200).json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertEquals("[Northwind Partners 2c 15s 2si 1a 2027-01-31 Dunmore Distribution, Oakfield IT 1c 7s 1si 0a - Dunmore Distribution]",
                partners.stream().map(ResellerHierarchyIT::totals).toList().toString(), "the distributor's partners only");
        List<JsonObject> all = t.tenant.admin().get(t.path("/partners")).expect(200).json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertEquals(3, all.size());
        assertEquals("Riverside Systems 1c 0s 0si 0a -", totals(all.get(2)).strip());

        JsonObject dunmore = t.tenant.admin().get(t.path("/partners/distributors")).expect(200).array().getJsonObject(0);
        assertEquals(2, dunmore.getInt("partners"));
        JsonObject sum = dunmore.getJsonObject("totals");
        assertEquals("3 22 3 1 2027-01-31", sum.getInt("customers") + " " + sum.getInt("seats") + " " + sum.getInt("sites")
                + " " + sum.getInt("assets") + " " + sum.getString("nextExpiry"));
        assertEquals(1, t.as("dora").get(t.path("/partners/distributors")).expect(200).array().size());
        t.as("pat").get(t.path("/partners/distributors")).expectProblem(403);
    }

    static String totals(JsonObject partner) {
        JsonObject t = partner.getJsonObject("totals");
        return partner.getString("name") + " " + t.getInt("customers") + "c " + t.getInt("seats") + "s " + t.getInt("sites")
                + "si " + t.getInt("assets") + "a " + (t.isNull("nextExpiry") ? "-" : t.getString("nextExpiry"))
                + (partner.isNull("distributorName") ? "" : " " + partner.getString("distributorName"));
    }

    @Test
    void aCustomerMovedToAnotherPartnerLeavesTheOldPartnersView() {
        long moved = r.customer("pat", "Moving Customer");
        r.as("pat").get(r.path("/customers/" + moved)).expect(200);
        r.place(moved, "CUSTOMER", r.riverside).expect(200);
        r.as("pat").get(r.path("/customers/" + moved)).expectProblem(404);
        r.as("dora").get(r.path("/customers/" + moved)).expectProblem(404);
        assertEquals("Riverside Systems", r.as("rita").get(r.path("/customers/" + moved)).expect(200).json()
                .getString("partnerName"));
    }

    @Test
    void theCustomersPageIsPagedSortedAndSearched() {
        Resellers t = new Resellers("reseller-page");
        for (String name : List.of("Charlie", "Alpha", "Bravo")) {
            long id = t.customer("pat", name);
            t.as("pat").patch(t.path("/customers/" + id), "{\"seats\":" + name.length() * (name.equals("Alpha") ? 10 : 1)
                    + ",\"expiresOn\":\"2027-0" + name.length() + "-01\"}").expect(200);
        }
        Api pat = t.as("pat");
        assertEquals(List.of("Alpha", "Bravo", "Charlie"), names(t.customers(pat, "")));
        assertEquals(List.of("Alpha", "Charlie", "Bravo"), names(t.customers(pat, "?sort=seats&dir=desc")));
        assertEquals(List.of("Alpha", "Bravo", "Charlie"), names(t.customers(pat, "?sort=expiry")));
        JsonObject second = t.customers(pat, "?size=2&page=1");
        assertEquals(List.of("Charlie"), names(second));
        assertEquals(3, second.getInt("total"));
        Reply first = pat.get(t.path("/customers?size=2&sort=name")).expect(200);
        assertEquals("3", first.header("X-Total-Count"), "a plugin's PagedList gets the host's paging headers");
        assertEquals(List.of("Charlie"), names(pat.get(first.link("next")).expect(200).json()));
        assertTrue(first.link("last").contains("page=1") && first.link("next").contains("sort=name"), first.header("Link"));
        assertEquals(List.of("Bravo"), names(t.customers(pat, "?q=RAV")));
        assertEquals(List.of("Bravo"), names(t.customers(pat, "?q=admin@bravo")), "by email too");
        pat.get(t.path("/customers?size=51")).expectProblem(422, "size");
        pat.get(t.path("/customers?size=0")).expectProblem(422, "size");
        pat.get(t.path("/customers?sort=email")).expectProblem(422, "sort");
        pat.get(t.path("/customers?dir=up")).expectProblem(422, "dir");
        pat.get(t.path("/customers?page=-1")).expectProblem(422, "page");
    }

    @Test
    void theCsvExportHoldsTheRowsTheCallerSeesForTheSearchAsText() {
        long north = r.customer("pat", "Csv North");
        r.as("pat").patch(r.path("/customers/" + north), "{\"seats\":12,\"skus\":[{\"sku\":\"M365-E3\",\"quantity\":12}]}")
                .expect(200);
        r.as("pat").post(r.path("/customers"), "{\"name\":\"=Csv Formula, Inc\",\"email\":\"it@formula.example\"}")
                .expect(201);
        r.customer("quinn", "Csv Oak");
        var reply = r.as("pat").get(r.path("/customers/export?q=csv&sort=seats&dir=desc")).expect(200);
        assertTrue(reply.header("Content-Type").startsWith("text/csv"), reply.header("Content-Type"));
        assertEquals(List.of("Name,Email,Partner,Seats,Expires,Products,Sites,Assets",
                "Csv North,admin@csvnorth.example,Northwind Partners,12,,M365-E3 x 12,0,0",
                "\"'=Csv Formula, Inc\",it@formula.example,Northwind Partners,0,,,0,0"), reply.body().lines().toList(),
                "Pat's rows only, in the page's order, a formula kept as text");
        assertEquals(4, r.as("dora").get(r.path("/customers/export?q=csv")).expect(200).body().lines().count(),
                "the distributor's: the header and both partners' rows");
        r.as("pat").get(r.path("/customers/export?sort=email")).expectProblem(422, "sort");
    }
}
