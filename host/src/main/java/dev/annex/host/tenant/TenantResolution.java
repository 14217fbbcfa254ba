package dev.annex.host.tenant;

import dev.annex.host.refusal.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The one way a request comes to act for a tenant: from the slug its URL names (the
 * {@value #PATH_PARAMETER} path parameter of every resource under {@code /api/t/{tenant}}, or the
 * operator's {@code /api/operator/tenants/{slug}}), entered into the {@link TenantContext}.
 * Idempotent within a request, so every part of a request that needs the tenant may ask.
 */
@ApplicationScoped
public class TenantResolution {

    /** The path parameter that names the tenant whose people a resource serves. */
    public static final String PATH_PARAMETER = "tenant";

    private final Tenants tenants;
    private final TenantContext context;

    @Inject
    public TenantResolution(Tenants tenants, TenantContext context) {
        this.tenants = tenants;
        this.context = context;
    }

    protected TenantResolution() {
        this(null, null);
    }

    /** For the tenant's own people: an unknown tenant is not found, a suspended one refused. */
    public TenantRef forPeople(String slug) {
        if (isCurrent(slug)) {
            return context.current();
        }
        Tenant tenant = find(slug);
        if (tenant.status() == TenantStatus.SUSPENDED) {
            throw Refusal.forbidden("The help desk '" + slug + "' is suspended.");
        }
        context.enter(tenant.ref());
        return tenant.ref();
    }

    /** For the operator, who reaches suspended tenants too. */
    public TenantRef forOperator(String slug) {
        if (isCurrent(slug)) {
            return context.current();
        }
        Tenant tenant = find(slug);
        context.enter(tenant.ref());
        return tenant.ref();
    }

    private boolean isCurrent(String slug) {
        return context.isSet() && context.current().slug().equals(slug);
    }

    private Tenant find(String slug) {
        return tenants.bySlug(slug).orElseThrow(() -> Refusal.notFound("tenant", slug));
    }
}
