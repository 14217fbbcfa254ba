package dev.annex.host.jobs;

import dev.annex.host.plugin.PluginEnablement;
import dev.annex.host.tenant.TenantContext;
import dev.annex.host.tenant.TenantRef;
import dev.annex.plugin.api.Tenant;
import dev.annex.plugin.api.jobs.ScheduledJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Runs one job for one tenant, as work of that tenant, in a transaction of its own. */
@ApplicationScoped
public class JobInvoker {

    private final TenantContext tenantContext;
    private final PluginEnablement enablement;

    @Inject
    public JobInvoker(TenantContext tenantContext, PluginEnablement enablement) {
        this.tenantContext = tenantContext;
        this.enablement = enablement;
    }

    protected JobInvoker() {
        this(null, null);
    }

    @ActivateRequestContext
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void run(String pluginId, ScheduledJob job, TenantRef tenant) {
        tenantContext.enter(tenant);
        if (enablement.isEnabled(pluginId)) {
            job.run(new Tenant(tenant.id(), tenant.slug()));
        }
    }
}
