package dev.annex.plugin.api.helpdesk;

import dev.annex.plugin.api.Tenant;
import java.util.List;
import java.util.Optional;

/**
 * The help desk's data, read without access checks: a plugin decides what its callers may see
 * (its REST context carries the caller) and must not leak what they may not.
 *
 * <pre>{@code
 * TicketInfo ticket = context.helpDesk().ticket(tenant, ticketId).orElseThrow(() -> PluginProblem.notFound("no ticket"));
 * }</pre>
 *
 * @since 1.0.0
 */
public interface HelpDesk {

    Optional<TicketInfo> ticket(Tenant tenant, long ticketId);

    Optional<PersonInfo> person(Tenant tenant, long personId);

    Optional<OrganisationInfo> organisation(Tenant tenant, long organisationId);

    /** The active people of an organisation, by name. */
    List<PersonInfo> members(Tenant tenant, long organisationId);

    /**
     * Whether the person may see the ticket under the help desk's rules and every enabled
     * plugin's grants — the same decision the ticket page makes.
     */
    boolean canSee(Tenant tenant, long personId, long ticketId);
}
