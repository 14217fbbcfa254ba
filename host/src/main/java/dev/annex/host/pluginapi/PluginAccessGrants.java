package dev.annex.host.pluginapi;

import dev.annex.host.access.GrantStore;
import dev.annex.host.tenant.TenantBinding;
import dev.annex.plugin.api.Tenant;
import dev.annex.plugin.api.access.AccessGrants;
import dev.annex.plugin.api.access.AccessLevel;
import dev.annex.plugin.api.access.Grant;
import dev.annex.plugin.api.access.GrantRequest;
import dev.annex.plugin.api.access.Subject;
import dev.annex.plugin.api.access.Target;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One plugin's view of the grant store: only its own grants, only for the tenant it serves. */
final class PluginAccessGrants implements AccessGrants {

    private final String pluginId;
    private final TenantBinding binding;
    private final GrantStore store;

    PluginAccessGrants(String pluginId, TenantBinding binding, GrantStore store) {
        this.pluginId = pluginId;
        this.binding = binding;
        this.store = store;
    }

    @Override
    public Grant grant(Tenant tenant, GrantRequest request) {
        bind(tenant);
        return store.grant(pluginId, request);
    }

    @Override
    public Grant update(Tenant tenant, long grantId, AccessLevel level, Instant expiresAt) {
        bind(tenant);
        return store.update(pluginId, grantId, level, expiresAt);
    }

    @Override
    public boolean revoke(Tenant tenant, long grantId) {
        bind(tenant);
        return store.revoke(pluginId, grantId);
    }

    @Override
    public Optional<Grant> find(Tenant tenant, long grantId) {
        bind(tenant);
        return store.find(pluginId, grantId);
    }

    @Override
    public List<Grant> forSubject(Tenant tenant, Subject subject) {
        bind(tenant);
        return store.forSubject(pluginId, subject);
    }

    @Override
    public List<Grant> onTarget(Tenant tenant, Target target) {
        bind(tenant);
        return store.onTarget(pluginId, target);
    }

    @Override
    public AccessLevel effectiveLevel(Tenant tenant, long personId, long ticketId) {
        bind(tenant);
        return store.effectiveLevel(pluginId, personId, ticketId);
    }

    private void bind(Tenant tenant) {
        binding.bind(tenant.id(), tenant.slug());
    }
}
