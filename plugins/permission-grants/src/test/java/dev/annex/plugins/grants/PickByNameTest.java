package dev.annex.plugins.grants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.api.PluginProblem;
import dev.annex.plugin.api.Tenant;
import dev.annex.plugin.api.helpdesk.OrganisationInfo;
import dev.annex.plugin.api.helpdesk.PersonInfo;
import dev.annex.plugin.testkit.TestPluginContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The grant and request forms pick partners and customers by name (issue 16): against the test kit. */
class PickByNameTest {

    private final TestPluginContext annex = TestPluginContext.of("permission-grants", PermissionGrantsPlugin::new);
    private final Tenant demo = annex.helpDesk().tenant("demo");
    private final Tenant other = annex.helpDesk().tenant("other");
    private final OrganisationInfo acme = annex.helpDesk().organisation(demo, "Acme Corporation", "ACME-001");
    private final OrganisationInfo northwind = annex.helpDesk().organisation(demo, "Northwind Partners", "NW-100");
    private final PersonInfo ada = annex.helpDesk().organisationAdmin(demo, "ada@acme.example", "Ada Admin", acme);
    private final PersonInfo carol = annex.helpDesk().contact(demo, "carol@acme.example", "Carol North", acme);
    private final PersonInfo nora = annex.helpDesk().organisationAdmin(demo, "nora@northwind.example", "Nora Partner", northwind);

    private GrantsResource as(PersonInfo person) {
        return new GrantsResource(annex, annex.rest(demo, person));
    }

    @Test
    void aCustomerAdminFindsPartnerOrganisationsAndTheirPeopleByNameButNeverItsOwn() {
        annex.helpDesk().organisation(other, "Northwind of another help desk", "NW-X");

        List<Views.SubjectChoice> found = as(ada).subjects("north", null);

        assertEquals(List.of("ORGANISATION:Northwind Partners"),
                found.stream().filter(s -> s.kind().equals("ORGANISATION")).map(s -> s.kind() + ":" + s.name()).toList(),
                "another tenant's organisation is not offered");
        assertTrue(found.stream().noneMatch(s -> s.id() == carol.id()), "a colleague is no partner: " + found);
        assertTrue(as(ada).subjects("nora", null).stream().anyMatch(s -> s.id() == nora.id() && s.detail().contains("Partner contact")));
        assertTrue(as(ada).subjects("acme", null).isEmpty(), "a customer never grants itself");
    }

    @Test
    void onlyOrganisationAdminsSearchForWhomToGrant() {
        PluginProblem refused = assertThrows(PluginProblem.class, () -> as(carol).subjects("north", null));
        assertEquals(403, refused.status());
    }

    @Test
    void aPartnerFindsCustomersByNameOrAccountNumberButNotItself() {
        assertEquals(List.of("Acme Corporation"), as(nora).customers("acme").stream().map(Views.OrganisationChoice::name).toList());
        assertEquals(List.of("Acme Corporation"), as(nora).customers("ACME-0").stream().map(Views.OrganisationChoice::name).toList());
        assertTrue(as(nora).customers("northwind").isEmpty());
        assertTrue(as(nora).customers(" ").isEmpty(), "blank text finds nothing");
    }
}
