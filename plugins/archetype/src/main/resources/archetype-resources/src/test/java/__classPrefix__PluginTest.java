package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.annex.plugin.api.PluginProblem;
import dev.annex.plugin.api.Tenant;
import dev.annex.plugin.api.event.TicketEventKind;
import dev.annex.plugin.api.helpdesk.OrganisationInfo;
import dev.annex.plugin.api.helpdesk.PersonInfo;
import dev.annex.plugin.testkit.TestPluginContext;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The plugin's logic against the in-memory Annex of the test kit: no server, milliseconds. */
class ${classPrefix}PluginTest {

    private final TestPluginContext annex = TestPluginContext.of("${pluginId}", ${classPrefix}Plugin::new);
    private final Tenant demo = annex.helpDesk().tenant("demo");
    private final OrganisationInfo acme = annex.helpDesk().organisation(demo, "Acme", "ACME-1");
    private final PersonInfo carol = annex.helpDesk().contact(demo, "carol@acme.example", "Carol", acme);
    private final PersonInfo dan = annex.helpDesk().contact(demo, "dan@acme.example", "Dan", acme);

    @Test
    void greetsWithTheTenantsSetting() {
        var ticket = annex.helpDesk().ticket(demo, "VPN drops", carol);
        var resource = new ${classPrefix}Resource(annex, annex.rest(demo, carol));
        assertEquals("Hello, Carol!", resource.greeting(ticket.id()).text());

        annex.settings().set(demo, ${classPrefix}Plugin.GREETING, "Good morning");
        assertEquals("Good morning, Carol!", resource.greeting(ticket.id()).text());
    }

    @Test
    void aTicketTheCallerCannotSeeIsNotFound() {
        var ticket = annex.helpDesk().ticket(demo, "Carol's own", carol);
        var asDan = new ${classPrefix}Resource(annex, annex.rest(demo, dan));
        assertEquals(404, assertThrows(PluginProblem.class, () -> asDan.greeting(ticket.id())).status());
    }

    @Test
    void aCommentIsNotedInTheAuditTrail() {
        var ticket = annex.helpDesk().ticket(demo, "VPN drops", carol);
        new ${classPrefix}Events(annex).onTicketEvent(annex.event(demo, TicketEventKind.COMMENTED, ticket, carol, Map.of()));
        assertEquals(1, annex.audit().withAction("${pluginId}.commented").size());
    }
}
