package dev.annex.host.tenant;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;

/**
 * An entity manager bound to the current tenant. Every tenant-owned entity is
 * EclipseLink-multitenant on {@code TENANT_ID}, so every query and every insert made through
 * this entity manager is scoped to the tenant by EclipseLink itself, not by each query's author.
 */
@RequestScoped
public class TenantEntityManager {

    /** EclipseLink's context property that carries the tenant discriminator value. */
    public static final String TENANT_PROPERTY = "eclipselink.tenant-id";

    @PersistenceUnit(unitName = "annex")
    EntityManagerFactory factory;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final TenantContext tenantContext;
    private EntityManager entityManager;

    @Inject
    public TenantEntityManager(TenantContext tenantContext) {
        this.tenantContext = tenantContext;
    }

    /** For CDI's client proxy only. */
    protected TenantEntityManager() {
        this(null);
    }

    /** The tenant's entity manager, joined to the active transaction if there is one. */
    public EntityManager get() {
        if (entityManager == null) {
            entityManager = factory.createEntityManager(
                    Map.of(TENANT_PROPERTY, tenantContext.current().id()));
        }
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            entityManager.joinTransaction();
        }
        return entityManager;
    }

    @PreDestroy
    void close() {
        if (entityManager != null && entityManager.isOpen()) {
            entityManager.close();
        }
    }
}
