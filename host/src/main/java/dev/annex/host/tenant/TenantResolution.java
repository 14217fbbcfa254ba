package dev.annex.host.tenant;

import dev.annex.host.cluster.ChangeDroppedCache;
import dev.annex.host.cluster.ClusterChange;
import dev.annex.host.refusal.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * The one way a request comes to act for a tenant: from the slug its URL names (the
 * {@value #PATH_PARAMETER} path parameter of every resource under {@code /api/t/{tenant}}, or the
 * operator's {@code /api/operator/tenants/{slug}}), entered into the {@link TenantContext}.
 * Idempotent within a request, so every part of a request that needs the tenant may ask.
 *
 * <p>Tenants are kept by slug on this node (every request names one), until a change of the tenant
 * ({@link Tenants#TOPIC}) drops it: a suspension is refused on the very next request.
 */
@ApplicationScoped
public class TenantResolution {

    /** The path parameter that names the tenant whose people a resource serves. */
    public static final String PATH_PARAMETER = "tenant";

    private final Tenants tenants;
    private final TenantContext context;
    private final ChangeDroppedCache<String, Tenant> bySlug = new ChangeDroppedCache<>(Duration.ofMinutes(1), 50_000);

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
        Tenant tenant = bySlug.get(slug, key -> tenants.bySlug(key).orElse(null));
        if (tenant == null) {
            throw Refusal.notFound("tenant", slug);
        }
        return tenant;
    }

    void drop(@Observes(during = TransactionPhase.AFTER_COMPLETION) ClusterChange change) {
        bySlug.drop((slug, tenant) -> change.covers(Tenants.TOPIC, slug));
    }
}
