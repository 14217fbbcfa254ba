package dev.annex.plugin.testkit;

import dev.annex.plugin.api.PersonRole;
import dev.annex.plugin.api.PluginProblem;
import dev.annex.plugin.api.Tenant;
import dev.annex.plugin.api.directory.Invitation;
import dev.annex.plugin.api.directory.InvitationState;
import dev.annex.plugin.api.directory.Invitations;
import dev.annex.plugin.api.directory.Invitee;
import dev.annex.plugin.api.helpdesk.PersonInfo;
import dev.annex.plugin.api.mail.Mail;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The host's invitations in memory, by the host's rules: the invitee is added to the help desk
 * without a password and mailed (to {@link CapturedOutbox}) a link; inviting again someone who
 * has not activated replaces the link; someone who has, or who belongs to another organisation,
 * is a 409 naming {@code email}. {@link #activate} stands for the invitee choosing a password.
 */
public final class InMemoryInvitations implements Invitations {

    private static final Duration LONGEST = Duration.ofDays(30);

    private record Sent(Tenant tenant, long personId, String email, Instant sentAt, Instant expiresAt, boolean activated) {
    }

    private final InMemoryHelpDesk helpDesk;
    private final CapturedOutbox outbox;
    private final TestClock clock;
    private final Map<Long, Sent> byPerson = new HashMap<>();

    InMemoryInvitations(InMemoryHelpDesk helpDesk, CapturedOutbox outbox, TestClock clock) {
        this.helpDesk = helpDesk;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public Invitation invite(Tenant tenant, Invitee invitee) {
        if (invitee.role() != PersonRole.CONTACT && invitee.role() != PersonRole.ORGANISATION_ADMIN) {
            throw PluginProblem.invalid("role", "must be CONTACT or ORGANISATION_ADMIN");
        }
        if (invitee.lifetime() == null || invitee.lifetime().isNegative() || invitee.lifetime().isZero()
                || invitee.lifetime().compareTo(LONGEST) > 0) {
            throw PluginProblem.invalid("lifetime", "must be positive and at most 30 days");
        }
        if (helpDesk.organisation(tenant, invitee.organisationId()).isEmpty()) {
            throw PluginProblem.invalid("organisationId", "is not an organisation of this help desk");
        }
        String email = invitee.email().strip().toLowerCase(Locale.ROOT);
        PersonInfo person = helpDesk.personByEmail(tenant, email).map(existing -> {
            Sent before = byPerson.get(existing.id());
            if (!Objects.equals(existing.organisationId(), invitee.organisationId()) || before == null || before.activated()) {
                throw PluginProblem.conflict("email", "is already used by another person of this help desk");
            }
            return existing;
        }).orElseGet(() -> helpDesk.person(tenant, email, invitee.displayName(), invitee.role(), invitee.organisationId()));
        Instant now = clock.instant();
        Sent sent = new Sent(tenant, person.id(), email, now, now.plus(invitee.lifetime()), false);
        byPerson.put(person.id(), sent);
        outbox.queue(tenant, new Mail(email, "Choose your password for the help desk " + tenant.slug(),
                "The activation link (the host makes a real one)"));
        return invitation(sent);
    }

    @Override
    public List<Invitation> find(Tenant tenant, Collection<String> emails) {
        List<String> wanted = emails.stream().filter(Objects::nonNull).map(e -> e.strip().toLowerCase(Locale.ROOT)).toList();
        return byPerson.values().stream().filter(s -> s.tenant().equals(tenant) && wanted.contains(s.email()))
                .map(this::invitation).toList();
    }

    /** The invitee follows the newest link in time and chooses a password. */
    public void activate(Tenant tenant, String email) {
        Sent sent = byPerson.values().stream()
                .filter(s -> s.tenant().equals(tenant) && s.email().equalsIgnoreCase(email)).findFirst()
                .orElseThrow(() -> new IllegalStateException("nobody invited as " + email));
        if (!clock.instant().isBefore(sent.expiresAt())) {
            throw new IllegalStateException("the link to " + email + " expired");
        }
        byPerson.put(sent.personId(), new Sent(sent.tenant(), sent.personId(), sent.email(), sent.sentAt(),
                sent.expiresAt(), true));
    }

    private Invitation invitation(Sent s) {
        InvitationState state = s.activated() ? InvitationState.ACTIVATED
                : clock.instant().isBefore(s.expiresAt()) ? InvitationState.PENDING : InvitationState.EXPIRED;
        return new Invitation(s.personId(), s.email(), state, s.sentAt(), s.expiresAt());
    }
}
