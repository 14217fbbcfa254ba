package dev.annex.host.plugin.tenant;

import dev.annex.plugin.api.Tenant;
import dev.annex.plugin.api.lifecycle.TenantLifecycleListener;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.BiConsumer;

/**
 * Runs a lifecycle callback in a transaction of its own, after the change it reports has
 * committed, so a plugin can write (e.g. seed its tables on enable) without touching that change.
 */
@ApplicationScoped
public class LifecycleCalls {

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void call(TenantLifecycleListener listener, Tenant tenant, BiConsumer<TenantLifecycleListener, Tenant> call) {
        call.accept(listener, tenant);
    }
}
