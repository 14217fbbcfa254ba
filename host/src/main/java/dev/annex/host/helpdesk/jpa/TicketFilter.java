package dev.annex.host.helpdesk.jpa;

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

    /** The rank of {@code AccessLevel.READ}; NONE is 0. */
    static final int READ_RANK = 1;

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final Viewer viewer;

    private TicketFilter(Viewer viewer) {
        this.viewer = viewer;
    }

    /** The viewer was added to the ticket as a participant. */
    static final String PARTICIPATES = "EXISTS (SELECT p.id FROM ParticipantEntity p WHERE p.ticketId = t.id"
            + " AND p.personId = :viewerId)";

    /**
     * Grants from enabled plugins, live at the viewer's instant, at READ or above. Written as two
     * uncorrelated IN subqueries (organisations whose tickets, tickets) rather than one EXISTS per
     * ticket: the database then works out the viewer's targets once and probes them per row.
     */
    static final String GRANTED = "(t.organisationId IN (" + grantedTargets("ORGANISATION_TICKETS") + ")"
            + " OR t.id IN (" + grantedTargets("TICKET") + "))";

    private static String grantedTargets(String targetKind) {
        return "SELECT g.targetId FROM AccessGrantEntity g WHERE g.targetKind = '" + targetKind + "'"
                + " AND g.sourcePlugin IN :grantSources"
                + " AND g.sourcePlugin IN (SELECT e.pluginId FROM PluginTenantEntity e)"
                + " AND (g.expiresAt IS NULL OR g.expiresAt > :now) AND g.levelRank >= :readRank"
                + " AND ((g.subjectKind = 'PERSON' AND g.subjectId = :viewerId)"
                + " OR (g.subjectKind = 'ORGANISATION' AND g.subjectId = :viewerOrganisation"
                // Within one source a person's own grant on the same target overrides the organisation's.
                + " AND NOT EXISTS (SELECT p.id FROM AccessGrantEntity p WHERE p.sourcePlugin = g.sourcePlugin"
                + " AND p.subjectKind = 'PERSON' AND p.subjectId = :viewerId AND p.targetKind = g.targetKind"
                + " AND p.targetId = g.targetId AND (p.expiresAt IS NULL OR p.expiresAt > :now))))";
    }

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
        if (viewer.role() == Role.ORGANISATION_ADMIN || !viewer.grantSources().isEmpty()) {
            filter.parameters.put("viewerOrganisation", viewer.organisationId() == null ? -1L : viewer.organisationId());
        }
        if (viewer.grantSources().isEmpty()) {
            filter.conditions.add(own);
        } else {
            filter.conditions.add("(" + own + " OR " + GRANTED + ")");
            filter.parameters.put("grantSources", viewer.grantSources());
            filter.parameters.put("now", viewer.at());
            filter.parameters.put("readRank", READ_RANK);
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
        if (!viewer.grantSources().isEmpty()) {
            reasons.add(GRANTED);
            parameters.put("viewerOrganisation", viewer.organisationId() == null ? -1L : viewer.organisationId());
            parameters.put("grantSources", viewer.grantSources());
            parameters.put("now", viewer.at());
            parameters.put("readRank", READ_RANK);
        }
        conditions.add("t.requester.id <> :viewerId");
        if (viewer.role() == Role.ORGANISATION_ADMIN && viewer.organisationId() != null) {
            conditions.add("(t.organisationId IS NULL OR t.organisationId <> :sharedOrganisation)");
            parameters.put("sharedOrganisation", viewer.organisationId());
        }
        conditions.add("(" + String.join(" OR ", reasons) + ")");
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
