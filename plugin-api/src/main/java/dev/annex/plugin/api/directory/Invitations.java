package dev.annex.plugin.api.directory;

import dev.annex.plugin.api.Tenant;
import java.util.Collection;
import java.util.List;

/**
 * Invitations to choose a password: the host adds a person without one and mails them a
 * one-time link to the host's own page where they choose it. The link is a secret link the host
 * owns (only its hash is kept, single use, expiring, throttled); a plugin never sees it, and never
 * sees or sets a password.
 *
 * <pre>{@code
 * Invitation sent = context.invitations().invite(tenant,
 *         new Invitee(email, "Acme's administrator", customerOrgId, PersonRole.ORGANISATION_ADMIN,
 *                 Duration.ofDays(7)));
 * }</pre>
 *
 * @since 1.3.0
 */
public interface Invitations {

    /**
     * Adds the person (a contact or organisation admin of the organisation) without a password and
     * mails them the link. Inviting someone again who has not chosen a password yet sends a new
     * link, and the earlier one stops working.
     *
     * @throws dev.annex.plugin.api.PluginProblem 422 naming {@code email}, {@code displayName},
     *         {@code organisationId}, {@code role} or {@code lifetime}; 409 naming {@code email}
     *         when it belongs to someone who has a password already or to another organisation
     */
    Invitation invite(Tenant tenant, Invitee invitee);

    /** The newest invitation of each of these people that has one (in one query), by email. */
    List<Invitation> find(Tenant tenant, Collection<String> emails);
}
