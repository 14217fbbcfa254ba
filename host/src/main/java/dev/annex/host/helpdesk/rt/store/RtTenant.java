package dev.annex.host.helpdesk.rt.store;

import dev.annex.host.helpdesk.rt.client.RtClient;
import dev.annex.host.helpdesk.rt.sync.TenantRules;
import java.util.Objects;

/**
 * The RT instance backing one tenant, as the store writes to it.
 *
 * @param client the REST 2 client, signed in as the tenant's integration user
 * @param queue  the queue (name or id) new tickets are created in: one of {@code rules}' queues
 * @param rules  the tenant's queues, status mapping and organisation rule
 */
public record RtTenant(RtClient client, String queue, TenantRules rules) {

    public RtTenant {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(rules, "rules");
    }
}
