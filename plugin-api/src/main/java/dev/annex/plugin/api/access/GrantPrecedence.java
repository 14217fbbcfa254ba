package dev.annex.plugin.api.access;

import java.time.Instant;
import java.util.Collection;

/**
 * The host's grant precedence and expiry rule (see {@link AccessGrants}) as plain Java, for code
 * that holds grants in memory — the plugin test kit's {@code AccessGrants}, or a plugin explaining
 * to a partner which of their grants counts. The host applies the same rule inside its ticket
 * queries; its build checks the two agree on every combination of subject, target, level and
 * expiry it generates.
 *
 * <p>A grant counts while it has not expired at the given instant and it names the person or the
 * person's organisation. Within one plugin and one target the person's own live grants replace
 * their organisation's, in both directions (a person's {@link AccessLevel#NONE} takes away what the
 * organisation's grant gives). Across targets, and across plugins, the widest level wins.
 *
 * @since 1.5.0
 */
public final class GrantPrecedence {

    private GrantPrecedence() {
    }

    /**
     * The level one plugin's grants give a person on a ticket.
     *
     * @param grants             the plugin's grants (expired ones may be among them; they count for nothing)
     * @param personId           the person
     * @param organisationId     the person's organisation; null for agents
     * @param ticketId           the ticket
     * @param ticketOrganisation the ticket's organisation; null when it has none
     * @param at                 the instant grants are judged at (expiry is exclusive: a grant expiring now counts no more)
     * @return {@link AccessLevel#NONE} when nothing applies
     */
    public static AccessLevel onTicket(Collection<Grant> grants, long personId, Long organisationId, long ticketId,
                                       Long ticketOrganisation, Instant at) {
        AccessLevel onTicket = onTarget(grants, personId, organisationId, Target.ticket(ticketId), at);
        if (ticketOrganisation == null) {
            return onTicket;
        }
        AccessLevel onOrganisation = onTarget(grants, personId, organisationId,
                Target.organisationTickets(ticketOrganisation), at);
        return onTicket.includes(onOrganisation) ? onTicket : onOrganisation;
    }

    /** The level one plugin's grants on one target give a person, after precedence and expiry. */
    public static AccessLevel onTarget(Collection<Grant> grants, long personId, Long organisationId, Target target,
                                       Instant at) {
        AccessLevel own = null;
        AccessLevel organisations = null;
        for (Grant grant : grants) {
            if (!grant.target().equals(target) || !live(grant, at)) {
                continue;
            }
            if (grant.subject().equals(Subject.person(personId))) {
                own = widest(own, grant.level());
            } else if (organisationId != null && grant.subject().equals(Subject.organisation(organisationId))) {
                organisations = widest(organisations, grant.level());
            }
        }
        AccessLevel counting = own != null ? own : organisations;
        return counting == null ? AccessLevel.NONE : counting;
    }

    /** Whether the grant has not expired at this instant. */
    public static boolean live(Grant grant, Instant at) {
        return grant.expiresAt() == null || grant.expiresAt().isAfter(at);
    }

    private static AccessLevel widest(AccessLevel kept, AccessLevel next) {
        return kept == null || next.includes(kept) ? next : kept;
    }
}
