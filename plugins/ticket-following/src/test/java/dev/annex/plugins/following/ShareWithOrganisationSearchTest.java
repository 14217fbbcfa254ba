package dev.annex.plugins.following;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.annex.plugin.api.PluginProblem;
import dev.annex.plugin.api.Tenant;
import dev.annex.plugin.api.helpdesk.OrganisationInfo;
import dev.annex.plugin.api.helpdesk.PersonInfo;
import dev.annex.plugin.testkit.TestPluginContext;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sharing with an organisation picks it by name (issue 16), for those who may share with organisations. */
class ShareWithOrganisationSearchTest {

    private final TestPluginContext annex = TestPluginContext.of("ticket-following", TicketFollowingPlugin::new);
    private final Tenant demo = annex.helpDesk().tenant("demo");
    private final OrganisationInfo acme = annex.helpDesk().organisation(demo, "Acme Corporation", "ACME-001");
    private final OrganisationInfo northwind = annex.helpDesk().organisation(demo, "Northwind Partners", "NW-100");
    private final PersonInfo sam = annex.helpDesk().agent(demo, "sam@desk.example", "Sam Support");
    private final PersonInfo carol = annex.helpDesk().contact(demo, "carol@acme.example", "Carol Contact", acme);

    private List<String> found(PersonInfo person, String text) {
        return new FollowingResource(annex, annex.rest(demo, person)).organisations(text).stream()
                .map(FollowingViews.OrganisationChoice::name).toList();
    }

    @Test
    void anAgentFindsOrganisationsByName() {
        assertEquals(List.of("Northwind Partners"), found(sam, "north"));
        assertEquals(List.of("Acme Corporation", "Northwind Partners"), found(sam, "o"));
    }

    @Test
    void aContactSearchesOnlyWhenTheHelpDeskLetsContactsShareWithOrganisations() {
        assertEquals(403, assertThrows(PluginProblem.class, () -> found(carol, "north")).status());
        annex.settings().set(demo, TicketFollowingPlugin.CONTACTS_SHARE_WITH_ORGANISATIONS, "true");
        assertEquals(List.of("Northwind Partners"), found(carol, "north"));
    }
}
