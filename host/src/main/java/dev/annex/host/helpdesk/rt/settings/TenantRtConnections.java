package dev.annex.host.helpdesk.rt.settings;

import dev.annex.host.helpdesk.HelpDeskChoice;
import dev.annex.host.helpdesk.rt.client.RtClient;
import dev.annex.host.helpdesk.rt.client.RtCredentials;
import dev.annex.host.helpdesk.rt.client.RtEndpoint;
import dev.annex.host.helpdesk.rt.mapping.StatusMapping;
import dev.annex.host.helpdesk.rt.store.RtTenant;
import dev.annex.host.helpdesk.rt.store.RtTenants;
import dev.annex.host.helpdesk.rt.sync.OrganisationRule;
import dev.annex.host.helpdesk.rt.sync.TenantRules;
import dev.annex.host.tenant.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The RT backing the current tenant, from the operator's saved (and checked) choice. Clients are
 * kept per address and token: each holds an HTTP client with its connection pool.
 */
@ApplicationScoped
public class TenantRtConnections implements RtTenants {

    private final TenantEntityManager entityManager;
    private final Map<String, RtClient> clients = new ConcurrentHashMap<>();

    @Inject
    public TenantRtConnections(TenantEntityManager entityManager) {
        this.entityManager = entityManager;
    }

    protected TenantRtConnections() {
        this(null);
    }

    @Override
    public RtTenant current() {
        TenantHelpDeskEntity choice = RtHelpDeskChoices.stored(entityManager.get())
                .filter(c -> HelpDeskChoice.RT.equals(c.kind))
                .orElseThrow(() -> new IllegalStateException("this tenant is not backed by Request Tracker"));
        RtClient client = clients.computeIfAbsent(choice.baseUrl + " " + choice.token,
                key -> new RtClient(new RtEndpoint(URI.create(choice.baseUrl), new RtCredentials.Token(choice.token))));
        TenantRules rules = new TenantRules(Arrays.stream(choice.queueIds.split(",")).map(Long::valueOf)
                .collect(Collectors.toSet()), StatusMapping.parse(choice.statusMap),
                OrganisationRule.valueOf(choice.organisations));
        // New tickets go to the first queue the operator named.
        return new RtTenant(client, choice.queues.split("\n")[0], rules);
    }
}
