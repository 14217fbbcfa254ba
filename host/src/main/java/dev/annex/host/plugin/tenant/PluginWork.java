package dev.annex.host.plugin.tenant;

import dev.annex.host.tenant.TenantContext;
import dev.annex.host.tenant.TenantRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Runs plugin code off a request (event listeners, scheduled jobs) as work of one tenant: in a
 * request context and a transaction of its own, so the host services it calls act for that tenant,
 * and only while the plugin is still on for it.
 */
@ApplicationScoped
public class PluginWork {

    private final TenantContext tenantContext;
    private final PluginEnablement enablement;

    @Inject
    public PluginWork(TenantContext tenantContext, PluginEnablement enablement) {
        this.tenantContext = tenantContext;
        this.enablement = enablement;
    }

    protected PluginWork() {
        this(null, null);
    }

    /** @return false, without running the work, when the plugin is off for the tenant */
    @ActivateRequestContext
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean runFor(TenantRef tenant, String pluginId, Runnable work) {
        tenantContext.enter(tenant);
        if (!enablement.isEnabled(pluginId)) {
            return false;
        }
        work.run();
        return true;
    }
}
