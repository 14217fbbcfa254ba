package dev.annex.plugin.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.api.AnnexPlugin;
import dev.annex.plugin.api.PersonRole;
import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.PluginProblem;
import dev.annex.plugin.api.Tenant;
import dev.annex.plugin.api.access.AccessLevel;
import dev.annex.plugin.api.access.Grant;
import dev.annex.plugin.api.access.GrantRequest;
import dev.annex.plugin.api.access.Subject;
import dev.annex.plugin.api.access.Target;
import dev.annex.plugin.api.directory.InvitationState;
import dev.annex.plugin.api.directory.Invitee;
import dev.annex.plugin.api.mail.Mail;
import dev.annex.plugin.api.settings.SettingDefinition;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestPluginContextTest {

    static final class Sample extends AnnexPlugin {
        Sample(PluginContext context) {
            super(context);
        }

        @Override
        public List<SettingDefinition> settings() {
            return List.of(SettingDefinition.text("greeting", "Greeting", "Hello"));
        }
    }

    private final TestPluginContext annex = TestPluginContext.of("sample", Sample::new);
    private final Tenant demo = annex.helpDesk().tenant("demo");
    private final Tenant other = annex.helpDesk().tenant("other");

    @Test
    void settingsAreTheDeclaredDefaultsUntilATenantSetsThem() {
        assertEquals("Hello", annex.settings().text(demo, "greeting"));
        annex.settings().set(demo, "greeting", "Hi");
        assertEquals("Hi", annex.settings().text(demo, "greeting"));
        assertEquals("Hello", annex.settings().text(other, "greeting"), "one tenant's value is its own");
        assertThrows(IllegalArgumentException.class, () -> annex.settings().text(demo, "undeclared"));
    }

    @Test
    void anInviteeIsAddedWithoutAPasswordMailedAndActivatedByTheHostsRules() {
        var acme = annex.helpDesk().organisation(demo, "Acme", "ACME");
        var invitee = new Invitee("Ada@Acme.example", "Ada", acme.id(), PersonRole.ORGANISATION_ADMIN, Duration.ofDays(7));
        assertEquals(InvitationState.PENDING, annex.invitations().invite(demo, invitee).state());
        assertEquals(PersonRole.ORGANISATION_ADMIN, annex.helpDesk().personByEmail(demo, "ada@acme.example").orElseThrow().role());
        annex.invitations().invite(demo, invitee);
        assertEquals(2, annex.outbox().to("ada@acme.example").size(), "sent again while not activated");
        annex.invitations().activate(demo, "ada@acme.example");
        assertEquals(InvitationState.ACTIVATED,
                annex.invitations().find(demo, List.of("ada@acme.example")).get(0).state());
        assertEquals(409, assertThrows(PluginProblem.class, () -> annex.invitations().invite(demo, invitee)).status());
        assertTrue(annex.invitations().find(other, List.of("ada@acme.example")).isEmpty());

        var late = new Invitee("bo@acme.example", "Bo", acme.id(), PersonRole.CONTACT, Duration.ofDays(1));
        annex.invitations().invite(demo, late);
        annex.clock().advance(Duration.ofDays(1));
        assertEquals(InvitationState.EXPIRED, annex.invitations().find(demo, List.of("bo@acme.example")).get(0).state());
        assertEquals("role", assertThrows(PluginProblem.class, () -> annex.invitations().invite(demo,
                new Invitee("cy@acme.example", "Cy", acme.id(), PersonRole.AGENT, Duration.ofDays(1)))).field());
    }

    @Test
    void anotherTenantsIdsFindNothing() {
        var acme = annex.helpDesk().organisation(demo, "Acme", "ACME");
        var carol = annex.helpDesk().contact(demo, "carol@acme.example", "Carol", acme);
        var ticket = annex.helpDesk().ticket(demo, "VPN", carol);
        assertTrue(annex.helpDesk().ticket(demo, ticket.id()).isPresent());
        assertTrue(annex.helpDesk().ticket(other, ticket.id()).isEmpty());
        assertTrue(annex.helpDesk().person(other, carol.id()).isEmpty());
        assertFalse(annex.helpDesk().canSee(other, carol.id(), ticket.id()));
    }

    @Test
    void visibilityFollowsTheHostsRules() {
        var acme = annex.helpDesk().organisation(demo, "Acme", "ACME");
        var carol = annex.helpDesk().contact(demo, "carol@acme.example", "Carol", acme);
        var dan = annex.helpDesk().contact(demo, "dan@acme.example", "Dan", acme);
        var ada = annex.helpDesk().organisationAdmin(demo, "ada@acme.example", "Ada", acme);
        var sam = annex.helpDesk().agent(demo, "sam@desk.example", "Sam");
        var ticket = annex.helpDesk().ticket(demo, "VPN", carol);
        assertTrue(annex.helpDesk().canSee(demo, carol.id(), ticket.id()), "the requester");
        assertTrue(annex.helpDesk().canSee(demo, ada.id(), ticket.id()), "the organisation's admin");
        assertTrue(annex.helpDesk().canSee(demo, sam.id(), ticket.id()), "an agent");
        assertFalse(annex.helpDesk().canSee(demo, dan.id(), ticket.id()), "a teammate, until they take part");
        annex.helpDesk().addParticipant(demo, ticket.id(), dan.id());
        assertTrue(annex.helpDesk().canSee(demo, dan.id(), ticket.id()));
        assertEquals(List.of(ticket), annex.helpDesk().visibleTickets(demo, dan.id(), List.of(ticket.id(), 999L)));
    }

    @Test
    void mailAuditAndTheClockAreTheTestsToRead() {
        annex.outbox().queue(demo, new Mail("carol@acme.example", "Hi", "Body"));
        annex.audit().record(demo, 1L, "sample.greeted", "carol");
        var before = annex.clock().instant();
        annex.clock().advance(Duration.ofDays(2));
        assertEquals(1, annex.outbox().to("CAROL@acme.example").size());
        assertEquals(1, annex.audit().withAction("sample.greeted").size());
        assertEquals(Duration.ofDays(2), Duration.between(before, annex.clock().instant()));
    }

    @Test
    void grantsFollowTheHostsPrecedenceAndExpireWithTheClock() {
        var acme = annex.helpDesk().organisation(demo, "Acme", "ACME");
        var partner = annex.helpDesk().organisation(demo, "Partner", "PART");
        var carol = annex.helpDesk().contact(demo, "carol@acme.example", "Carol", acme);
        var pat = annex.helpDesk().contact(demo, "pat@partner.example", "Pat", partner);
        var ticket = annex.helpDesk().ticket(demo, "VPN", carol);
        var grants = annex.accessGrants();
        assertFalse(annex.helpDesk().canSee(demo, pat.id(), ticket.id()));

        var inAWeek = annex.clock().instant().plus(Duration.ofDays(7));
        Grant toPartner = grants.grant(demo, new GrantRequest(Subject.organisation(partner.id()),
                Target.organisationTickets(acme.id()), AccessLevel.UPDATE, inAWeek));
        assertEquals(AccessLevel.UPDATE, grants.effectiveLevel(demo, pat.id(), ticket.id()));
        assertTrue(annex.helpDesk().canSee(demo, pat.id(), ticket.id()), "a READ grant or above widens what one sees");

        Grant narrowing = grants.grant(demo, new GrantRequest(Subject.person(pat.id()),
                Target.organisationTickets(acme.id()), AccessLevel.NONE, null));
        assertEquals(AccessLevel.NONE, grants.effectiveLevel(demo, pat.id(), ticket.id()),
                "a person's own grant replaces their organisation's on the same target");
        assertFalse(annex.helpDesk().canSee(demo, pat.id(), ticket.id()));
        grants.revoke(demo, narrowing.id());

        annex.clock().advance(Duration.ofDays(7));
        assertEquals(AccessLevel.NONE, grants.effectiveLevel(demo, pat.id(), ticket.id()), "expired at its instant");
        assertEquals(List.of(toPartner), grants.forSubject(demo, Subject.organisation(partner.id())),
                "expired grants are still listed");
        assertTrue(grants.forSubject(other, Subject.organisation(partner.id())).isEmpty());
        assertFalse(grants.revoke(other, toPartner.id()), "another tenant's grant is not found");
        assertEquals("subject", assertThrows(PluginProblem.class, () -> grants.grant(demo, new GrantRequest(
                Subject.person(999), Target.ticket(ticket.id()), AccessLevel.READ, null))).field());
        var elsewhere = annex.helpDesk().ticket(other, "Elsewhere",
                annex.helpDesk().contact(other, "olga@other.example", "Olga", annex.helpDesk().organisation(other, "O", "O")));
        assertEquals("target", assertThrows(PluginProblem.class, () -> grants.grant(demo, new GrantRequest(
                Subject.organisation(partner.id()), Target.ticket(elsewhere.id()), AccessLevel.READ, null))).field(),
                "ids of another tenant are refused like unknown ones");
    }
}
