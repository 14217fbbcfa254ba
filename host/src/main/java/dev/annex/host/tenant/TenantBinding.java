package dev.annex.host.tenant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Binds a plugin's service call to the tenant it names. A call for another tenant than the one
 * the current request serves is refused: a plugin cannot reach tenant B while serving tenant A.
 */
@ApplicationScoped
public class TenantBinding {

    private final TenantContext tenantContext;

    @Inject
    public TenantBinding(TenantContext tenantContext) {
        this.tenantContext = tenantContext;
    }

    protected TenantBinding() {
        this(null);
    }

    public void bind(long tenantId, String slug) {
        if (tenantContext.isSet()) {
            if (tenantContext.current().id() != tenantId) {
                throw new IllegalArgumentException("This call serves tenant " + tenantContext.current().slug()
                        + "; it cannot act for tenant " + slug);
            }
            return;
        }
        tenantContext.enter(new TenantRef(tenantId, slug));
    }
}
