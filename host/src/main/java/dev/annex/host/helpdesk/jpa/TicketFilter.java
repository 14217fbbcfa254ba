package dev.annex.host.helpdesk.jpa;

import dev.annex.host.helpdesk.TicketQuery;
import dev.annex.host.helpdesk.TicketSort;
import dev.annex.host.helpdesk.Viewer;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the JPQL WHERE clause of a ticket read: the viewer's access first, then the query's
 * filters. Kept in one place so lists and single reads apply the same rule.
 */
final class TicketFilter {

    private static final String PRIORITY_RANK = rank("t.priority", "dev.annex.host.helpdesk.TicketPriority",
            "LOW", "NORMAL", "HIGH", "URGENT");
    private static final String STATUS_RANK = rank("t.status", "dev.annex.host.helpdesk.TicketStatus",
            "OPEN", "PENDING", "ON_HOLD", "SOLVED", "CLOSED");

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    static TicketFilter forViewer(Viewer viewer) {
        TicketFilter filter = new TicketFilter();
        switch (viewer.role()) {
            case TENANT_ADMIN, AGENT -> { }
            case ORGANISATION_ADMIN -> {
                filter.conditions.add("(t.requester.id = :viewerId OR t.organisation.id = :viewerOrganisation)");
                filter.parameters.put("viewerId", viewer.personId());
                filter.parameters.put("viewerOrganisation", viewer.organisationId() == null ? -1L : viewer.organisationId());
            }
            case CONTACT -> {
                filter.conditions.add("t.requester.id = :viewerId");
                filter.parameters.put("viewerId", viewer.personId());
            }
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
            conditions.add("t.organisation.id = :organisationId");
            parameters.put("organisationId", query.organisationId());
        }
        if (query.requesterId() != null) {
            conditions.add("t.requester.id = :requesterId");
            parameters.put("requesterId", query.requesterId());
        }
        if (query.text() != null && !query.text().isBlank()) {
            conditions.add("(LOWER(t.subject) LIKE :text ESCAPE '!' OR LOWER(t.description) LIKE :text ESCAPE '!')");
            parameters.put("text", "%" + escapeLike(query.text().trim().toLowerCase(Locale.ROOT)) + "%");
        }
        return this;
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

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
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
