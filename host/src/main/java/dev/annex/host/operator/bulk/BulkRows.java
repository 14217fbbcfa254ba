package dev.annex.host.operator.bulk;

import dev.annex.host.audit.AuditTrail;
import dev.annex.host.operator.CreateTenantRequest;
import dev.annex.host.operator.TenantProvisioning;
import dev.annex.host.plugin.tenant.PluginSwitch;
import dev.annex.host.tenant.Tenant;
import dev.annex.host.tenant.TenantContext;
import dev.annex.host.tenant.TenantRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;

/**
 * One row of a bulk operation, off the request that started it: in a request context of its own
 * (the row enters its tenant) and committed on its own, exactly as the single-tenant operator
 * endpoints do it, audit line included.
 */
@ApplicationScoped
public class BulkRows {

    private final TenantProvisioning provisioning;
    private final PluginSwitch pluginSwitch;
    private final TenantContext tenantContext;
    private final AuditTrail audit;

    @Inject
    public BulkRows(TenantProvisioning provisioning, PluginSwitch pluginSwitch, TenantContext tenantContext,
                    AuditTrail audit) {
        this.provisioning = provisioning;
        this.pluginSwitch = pluginSwitch;
        this.tenantContext = tenantContext;
        this.audit = audit;
    }

    protected BulkRows() {
        this(null, null, null, null);
    }

    @ActivateRequestContext
    public void createTenant(CreateTenantRequest row, String actor) {
        Tenant tenant = provisioning.create(row.slug(), row.name().trim(), row.admin().email(),
                row.admin().displayName().trim(), row.admin().password());
        audit.record(tenant.id(), actor, "host", "tenant.created", tenant.slug() + " with admin " + row.admin().email());
    }

    @ActivateRequestContext
    public void switchPlugin(TenantRef tenant, String pluginId, boolean enabled, boolean both, String actor) {
        tenantContext.enter(tenant);
        pluginSwitch.set(tenant, pluginId, enabled, both, actor);
    }
}
