package dev.annex.host.event;

import dev.annex.host.plugin.PluginEnablement;
import dev.annex.host.plugin.PluginEntry;
import dev.annex.host.tenant.TenantContext;
import dev.annex.host.tenant.TenantRef;
import dev.annex.plugin.api.event.TicketEvent;
import dev.annex.plugin.api.event.TicketEventListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Calls a plugin's listeners for one event, as work for the event's tenant: in a request context
 * and a transaction of its own, so the host services the listener calls act for that tenant.
 */
@ApplicationScoped
public class ListenerInvoker {

    private final TenantContext tenantContext;
    private final PluginEnablement enablement;

    @Inject
    public ListenerInvoker(TenantContext tenantContext, PluginEnablement enablement) {
        this.tenantContext = tenantContext;
        this.enablement = enablement;
    }

    protected ListenerInvoker() {
        this(null, null);
    }

    /** @return false when the plugin is no longer on for the tenant, so the event is not for it */
    @ActivateRequestContext
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean invoke(PluginEntry plugin, TicketEvent event) {
        tenantContext.enter(new TenantRef(event.tenant().id(), event.tenant().slug()));
        if (!enablement.isEnabled(plugin.info().id())) {
            return false;
        }
        for (TicketEventListener listener : plugin.listeners()) {
            listener.onTicketEvent(event);
        }
        return true;
    }
}
