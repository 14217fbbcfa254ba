package dev.annex.host.tenant;

import jakarta.enterprise.context.RequestScoped;

/**
 * The tenant the current request (or unit of background work) acts for. Set once, by the
 * authentication filter or by code that works for a tenant explicitly; reading it before then
 * is a programming error, never a silent "no tenant".
 */
@RequestScoped
public class TenantContext {

    private TenantRef tenant;

    public void enter(TenantRef tenant) {
        if (this.tenant != null && !this.tenant.equals(tenant)) {
            throw new IllegalStateException("Tenant already set to " + this.tenant.slug());
        }
        this.tenant = tenant;
    }

    public TenantRef current() {
        if (tenant == null) {
            throw new IllegalStateException("No tenant in this context");
        }
        return tenant;
    }

    public boolean isSet() {
        return tenant != null;
    }
}
