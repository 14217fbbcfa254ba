package dev.annex.plugin.api.helpdesk;

import dev.annex.plugin.api.Tenant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The help desk's data, read and written without access checks: a plugin decides what its
 * callers may see and do (its REST context carries the caller) and must not leak or allow more.
 * Writes join the current transaction and raise the same ticket events as changes made in the UI.
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

    /**
     * Many people at once, by id, active or not — one query where {@link #person} would be one
     * per person (a followers list of a thousand). Ids of nobody in this help desk are left out.
     *
     * <pre>{@code
     * Map<Long, PersonInfo> people = context.helpDesk().people(tenant, followerIds);
     * String name = people.containsKey(id) ? people.get(id).displayName() : "(removed)";
     * }</pre>
     *
     * @since 1.1.0
     */
    default Map<Long, PersonInfo> people(Tenant tenant, Collection<Long> personIds) {
        Map<Long, PersonInfo> people = new LinkedHashMap<>();
        for (Long id : personIds) {
            person(tenant, id).ifPresent(p -> people.put(p.id(), p));
        }
        return people;
    }

    Optional<OrganisationInfo> organisation(Tenant tenant, long organisationId);

    /**
     * The person with this email (compared case-insensitively), active or not.
     *
     * <pre>{@code
     * PersonInfo consultant = context.helpDesk().personByEmail(tenant, "tam@helpdesk.example")
     *         .orElseThrow(() -> PluginProblem.invalid("email", "is nobody in this help desk"));
     * }</pre>
     *
     * @since 1.1.0
     */
    Optional<PersonInfo> personByEmail(Tenant tenant, String email);

    /**
     * The organisation with this account number (exact match), active or not.
     *
     * @since 1.1.0
     */
    Optional<OrganisationInfo> organisationByAccountNumber(Tenant tenant, String accountNumber);

    /** The active people of an organisation, by name. */
    List<PersonInfo> members(Tenant tenant, long organisationId);

    /**
     * Whether the person may see the ticket under the help desk's rules and every enabled
     * plugin's grants — the same decision the ticket page makes.
     */
    boolean canSee(Tenant tenant, long personId, long ticketId);

    /**
     * Adds a comment to a ticket as the given person.
     *
     * @return the new comment's id
     * @throws dev.annex.plugin.api.PluginProblem 404 for an unknown ticket or person, 422 for an empty or
     *                                            over-long body (10,000 characters)
     */
    long addComment(Tenant tenant, long ticketId, long authorId, String body, boolean internal);

    /**
     * Adds a person to a ticket besides its requester; they then see the ticket.
     *
     * @return false when the person takes part already
     */
    boolean addParticipant(Tenant tenant, long ticketId, long personId);

    /** The people added to the ticket besides its requester. */
    List<Long> participants(Tenant tenant, long ticketId);

    /**
     * Takes a person off a ticket they were added to; they keep seeing it only if another rule
     * or grant lets them. Raises {@code PARTICIPANTS_CHANGED}.
     *
     * @return false when the person did not take part
     * @since 1.1.0
     */
    boolean removeParticipant(Tenant tenant, long ticketId, long personId);

    /**
     * One comment of a ticket, internal notes included (check {@link CommentInfo#internal()}
     * before showing or sending it to a contact).
     *
     * @since 1.1.0
     */
    Optional<CommentInfo> comment(Tenant tenant, long ticketId, long commentId);

    /**
     * The tenant's active agents (tenant admins included), by name.
     *
     * @since 1.1.0
     */
    List<PersonInfo> agents(Tenant tenant);

    /**
     * Active organisations whose name or account number contains {@code text} (ignoring case), by
     * name, at most {@code limit} (capped at 50) — so people pick an organisation by the name they
     * know rather than type an id. Blank text finds nothing.
     *
     * <pre>{@code
     * List<OrganisationInfo> found = context.helpDesk().findOrganisations(tenant, "north", 10);
     * }</pre>
     *
     * @since 1.2.0
     */
    List<OrganisationInfo> findOrganisations(Tenant tenant, String text, int limit);

    /**
     * Active people whose name or email contains {@code text} (ignoring case), by name, at most
     * {@code limit} (capped at 50). Blank text finds nothing. Decide what the caller may see of
     * them before answering (e.g. only partners' contacts).
     *
     * @since 1.2.0
     */
    List<PersonInfo> findPeople(Tenant tenant, String text, int limit);

    /**
     * The tickets among {@code ticketIds} that the person can see (as {@link #canSee} decides,
     * grants of enabled plugins included), newest update first — in a fixed number of queries
     * however many ids there are, where {@code ticket} and {@code canSee} per id would be two per
     * ticket. An inactive or unknown person sees none; at most 1000 ids are read.
     *
     * <pre>{@code
     * List<TicketInfo> mine = context.helpDesk().visibleTickets(tenant, caller.personId(), followedIds);
     * }</pre>
     *
     * @since 1.2.0
     */
    List<TicketInfo> visibleTickets(Tenant tenant, long personId, Collection<Long> ticketIds);

    /**
     * Creates an active organisation in this help desk — for plugins whose people create the
     * organisations they serve (a reseller's partner adds its customers). The account number must
     * be unused in the tenant.
     *
     * <pre>{@code
     * OrganisationInfo customer = context.helpDesk().createOrganisation(tenant, "Acme Corporation", "RH-7F3A2C");
     * }</pre>
     *
     * @throws dev.annex.plugin.api.PluginProblem 422 naming {@code name} for a blank or over-long name (200
     *                                            characters) or {@code accountNumber} for a blank or over-long
     *                                            one (50), 409 naming {@code accountNumber} when it is used
     * @since 1.2.0
     */
    default OrganisationInfo createOrganisation(Tenant tenant, String name, String accountNumber) {
        throw new UnsupportedOperationException("This host does not create organisations for plugins (plugin API 1.2.0)");
    }

    /**
     * Renames an organisation of the tenant; its people, tickets and account number stay.
     *
     * @throws dev.annex.plugin.api.PluginProblem 422 naming {@code name} for a blank or over-long name
     *                                            (200 characters), 404 for an organisation not in the tenant
     * @since 1.3.0
     */
    default OrganisationInfo renameOrganisation(Tenant tenant, long organisationId, String name) {
        throw new UnsupportedOperationException("This host does not rename organisations for plugins (plugin API 1.3.0)");
    }

    /**
     * How many of the organisation's tickets are open (not solved or closed): e.g. to refuse
     * removing a customer whose people still wait for an answer. 0 for an organisation not in the tenant.
     *
     * @since 1.3.0
     */
    default long openTicketCount(Tenant tenant, long organisationId) {
        throw new UnsupportedOperationException("This host does not count open tickets for plugins (plugin API 1.3.0)");
    }
}
