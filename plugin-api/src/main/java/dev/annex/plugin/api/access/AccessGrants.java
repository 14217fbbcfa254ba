package dev.annex.plugin.api.access;

import dev.annex.plugin.api.Tenant;
import java.util.List;
import java.util.Optional;

/**
 * Widens who may see and work which tickets. The host stores the grants and folds them into its
 * own ticket queries, so a plugin never filters ticket lists itself.
 *
 * <p>Rules the host applies: a grant counts only while its plugin is enabled for the tenant and
 * until its expiry instant (no job has to run); within one plugin, a grant to a person for a
 * target takes precedence over that plugin's grant to the person's organisation for the same
 * target — in both directions, so a person's {@link AccessLevel#NONE} or {@code READ} narrows
 * what their organisation's grant gives them; across plugins the widest level wins. Grants only
 * ever add to the help desk's own rules (agents see all; contacts their own tickets; organisation
 * admins their organisation's).
 *
 * <pre>{@code
 * Grant g = context.accessGrants().grant(tenant, new GrantRequest(
 *         Subject.organisation(partnerId), Target.organisationTickets(customerId),
 *         AccessLevel.READ, Instant.parse("2027-01-01T00:00:00Z")));
 * }</pre>
 *
 * All grants a plugin sees here are its own.
 *
 * @since 1.0.0
 */
public interface AccessGrants {

    Grant grant(Tenant tenant, GrantRequest request);

    /** Changes level and expiry of one of this plugin's grants. */
    Grant update(Tenant tenant, long grantId, AccessLevel level, java.time.Instant expiresAt);

    /** @return whether there was such a grant */
    boolean revoke(Tenant tenant, long grantId);

    Optional<Grant> find(Tenant tenant, long grantId);

    /** This plugin's grants for the subject, expired ones included. */
    List<Grant> forSubject(Tenant tenant, Subject subject);

    /** This plugin's grants on the target, expired ones included. */
    List<Grant> onTarget(Tenant tenant, Target target);

    /**
     * The level the person has on the ticket through this plugin's grants alone, after
     * precedence and expiry; {@link AccessLevel#NONE} when nothing applies.
     */
    AccessLevel effectiveLevel(Tenant tenant, long personId, long ticketId);
}
