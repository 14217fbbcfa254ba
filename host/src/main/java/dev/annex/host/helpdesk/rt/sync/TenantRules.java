package dev.annex.host.helpdesk.rt.sync;

import dev.annex.host.helpdesk.rt.mapping.StatusMapping;

import java.util.Objects;
import java.util.Set;

/**
 * What makes RT tickets a tenant's: the queues (by RT id, resolved from the operator's names when
 * the configuration is saved), how statuses map, how users map to organisations.
 */
public record TenantRules(Set<Long> queueIds, StatusMapping statuses, OrganisationRule organisations) {

    public TenantRules {
        queueIds = Set.copyOf(queueIds);
        Objects.requireNonNull(statuses, "statuses");
        Objects.requireNonNull(organisations, "organisations");
        if (queueIds.isEmpty()) {
            throw new IllegalArgumentException("a tenant needs at least one queue");
        }
    }
}
