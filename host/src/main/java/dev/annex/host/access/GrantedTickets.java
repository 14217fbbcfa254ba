package dev.annex.host.access;

import dev.annex.host.helpdesk.Viewer;
import dev.annex.plugin.api.access.AccessLevel;
import java.util.HashMap;
import java.util.Map;

/**
 * The seam through which a ticket index folds plugins' grants into its own query: a JPQL condition
 * over the index's ticket id and organisation, true when grants that count (see
 * {@link CountingGrants}) give the viewer at least READ. Written as two uncorrelated IN subqueries
 * (tickets of organisations, single tickets) rather than one EXISTS per ticket: the database works
 * out the viewer's targets once and probes them per row. Any help desk's index uses it; only this
 * package knows how grants are stored.
 */
public final class GrantedTickets {

    /** A JPQL condition and the parameters it names. */
    public record Condition(String jpql, Map<String, Object> parameters) {
    }

    static final String READ = "grantRead";

    private GrantedTickets() {
    }

    /**
     * @param ticketId           the JPQL path of the ticket's id, e.g. {@code t.id}
     * @param ticketOrganisation the JPQL path of the ticket's organisation id
     * @return null when no grant can count for the viewer (no grant sources)
     */
    public static Condition readable(Viewer viewer, String ticketId, String ticketOrganisation) {
        if (viewer.grantSources().isEmpty()) {
            return null;
        }
        String jpql = "(" + ticketOrganisation + " IN (" + targets("ORGANISATION_TICKETS") + ")"
                + " OR " + ticketId + " IN (" + targets("TICKET") + "))";
        Map<String, Object> parameters = new HashMap<>(CountingGrants.parameters(viewer));
        parameters.put(READ, LevelRanks.rank(AccessLevel.READ));
        return new Condition(jpql, Map.copyOf(parameters));
    }

    private static String targets(String targetKind) {
        return "SELECT g.targetId FROM AccessGrantEntity g WHERE g.targetKind = '" + targetKind + "'"
                + " AND g.levelRank >= :" + READ + " AND " + CountingGrants.where("g");
    }
}
