package dev.annex.host.helpdesk.builtin;

import dev.annex.host.access.GrantedTickets;
import dev.annex.host.helpdesk.Role;
import dev.annex.host.helpdesk.TicketQuery;
import dev.annex.host.helpdesk.TicketSort;
import dev.annex.host.helpdesk.Viewer;
import dev.annex.host.persistence.LikePattern;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the JPQL WHERE clause of a ticket read: the viewer's access first, then the query's
 * filters. Kept in one place so lists and single reads apply the same rule.
 */
final class TicketFilter {

    private static final String PRIORITY_RANK = rank("t.priority", "dev.annex.host.helpdesk.TicketPriority",
            "LOW", "NORMAL", "HIGH", "URGENT");
    private static final String STATUS_RANK = rank("t.status", "dev.annex.host.helpdesk.TicketStatus",
            "OPEN", "PENDING", "ON_HOLD", "SOLVED", "CLOSED", "CLOSED_ESCALATED");

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final Viewer viewer;

    private TicketFilter(Viewer viewer) {
        this.viewer = viewer;
    }

    /** The viewer was added to the ticket as a participant. */
    static final String PARTICIPATES = "EXISTS (SELECT p.id FROM ParticipantEntity p WHERE p.ticketId = t.id"
            + " AND p.personId = :viewerId)";

    static TicketFilter forViewer(Viewer viewer) {
        TicketFilter filter = new TicketFilter(viewer);
        String own = switch (viewer.role()) {
            case TENANT_ADMIN, AGENT -> null;
            case ORGANISATION_ADMIN -> "(t.requester.id = :viewerId OR t.organisationId = :viewerOrganisation OR "
                    + PARTICIPATES + ")";
            case CONTACT -> "(t.requester.id = :viewerId OR " + PARTICIPATES + ")";
        };
        if (own == null) {
            return filter;
        }
        filter.parameters.put("viewerId", viewer.personId());
        if (viewer.role() == Role.ORGANISATION_ADMIN) {
            filter.parameters.put("viewerOrganisation", viewer.organisationId() == null ? -1L : viewer.organisationId());
        }
        GrantedTickets.Condition granted = granted(viewer);
        if (granted == null) {
            filter.conditions.add(own);
        } else {
            filter.conditions.add("(" + own + " OR " + granted.jpql() + ")");
            filter.parameters.putAll(granted.parameters());
        }
        return filter;
    }

    TicketFilter withId(long id) {
        conditions.add("t.id = :id");
        parameters.put("id", id);
        return this;
    }

    TicketFilter with(TicketQuery query) {
        if (query.status() != null) {
            conditions.add("t.status = :status");
            parameters.put("status", query.status());
        }
        if (query.organisationId() != null) {
            conditions.add("t.organisationId = :organisationId");
            parameters.put("organisationId", query.organisationId());
        }
        if (query.requesterId() != null) {
            conditions.add("t.requester.id = :requesterId");
            parameters.put("requesterId", query.requesterId());
        }
        if (query.sharedOnly()) {
            shared();
        }
        if (query.ids() != null) {
            conditions.add(query.ids().isEmpty() ? "1 = 0" : "t.id IN :ids");
            if (!query.ids().isEmpty()) {
                parameters.put("ids", List.copyOf(query.ids()));
            }
        }
        if (query.text() != null && !query.text().isBlank()) {
            conditions.add("(LOWER(t.subject) LIKE :text" + LikePattern.ESCAPE + " OR LOWER(t.description) LIKE :text"
                    + LikePattern.ESCAPE + ")");
            parameters.put("text", LikePattern.contains(query.text()));
        }
        return this;
    }

    /**
     * Tickets the viewer reaches only because someone shared them: as a participant or through a
     * grant, never as their requester nor, for an organisation admin, through their organisation.
     */
    private void shared() {
        List<String> reasons = new ArrayList<>(List.of(PARTICIPATES));
        parameters.put("viewerId", viewer.personId());
        GrantedTickets.Condition granted = granted(viewer);
        if (granted != null) {
            reasons.add(granted.jpql());
            parameters.putAll(granted.parameters());
        }
        conditions.add("t.requester.id <> :viewerId");
        if (viewer.role() == Role.ORGANISATION_ADMIN && viewer.organisationId() != null) {
            conditions.add("(t.organisationId IS NULL OR t.organisationId <> :sharedOrganisation)");
            parameters.put("sharedOrganisation", viewer.organisationId());
        }
        conditions.add("(" + String.join(" OR ", reasons) + ")");
    }

    /** Plugins' grants, folded in through the access rules' own seam. */
    private static GrantedTickets.Condition granted(Viewer viewer) {
        return GrantedTickets.readable(viewer, "t.id", "t.organisationId");
    }

    String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    static String orderBy(TicketSort sort) {
        String key = switch (sort.field()) {
            case NUMBER -> "t.number";
            case CREATED -> "t.createdAt";
            case UPDATED -> "t.updatedAt";
            case PRIORITY -> PRIORITY_RANK;
            case STATUS -> STATUS_RANK;
            case SUBJECT -> "LOWER(t.subject)";
        };
        String direction = sort.descending() ? " DESC" : " ASC";
        return " ORDER BY " + key + direction + ", t.id" + direction;
    }

    Map<String, Object> parameters() {
        return Map.copyOf(parameters);
    }

    <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    private static String rank(String path, String enumType, String... constants) {
        StringBuilder sql = new StringBuilder("CASE");
        for (int i = 0; i < constants.length; i++) {
            sql.append(" WHEN ").append(path).append(" = ").append(enumType).append('.').append(constants[i])
                    .append(" THEN ").append(i);
        }
        return sql.append(" ELSE ").append(constants.length).append(" END").toString();
    }
}
