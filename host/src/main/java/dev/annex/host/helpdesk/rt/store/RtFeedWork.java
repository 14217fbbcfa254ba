package dev.annex.host.helpdesk.rt.store;

import dev.annex.host.helpdesk.ChangeFeed;
import dev.annex.host.helpdesk.Directory;
import dev.annex.host.tenant.TenantContext;
import dev.annex.host.tenant.TenantEntityManager;
import dev.annex.host.tenant.TenantRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One tenant's feed work off a request, as the schedule runs it: each call acts for the tenant in a
 * request context and a transaction of its own — the lease is taken in one, an import page or a feed
 * batch applied in the next, so a batch that fails (RT down, the lease lost) rolls back alone and leaves the cursor where
 * it was.
 */
@ApplicationScoped
public class RtFeedWork {

    /** This JVM, as the feed's lease names its holder: unique per running node. */
    static final String NODE = ManagementFactory.getRuntimeMXBean().getName();

    private final TenantEntityManager entityManager;
    private final TenantContext tenantContext;
    private final ChangeFeed changes;
    private final Clock clock;
    private final Directory directory;
    private final RtTenants tenants;
    private final Duration lease;
    private final int importPageSize;

    @Inject
    public RtFeedWork(TenantEntityManager entityManager, TenantContext tenantContext, ChangeFeed changes, Clock clock,
                      Directory directory, RtTenants tenants,
                      @ConfigProperty(name = "annex.rt.feed.lease", defaultValue = "PT1M") Duration lease,
                      @ConfigProperty(name = "annex.rt.import.page-size", defaultValue = "100") int importPageSize) {
        if (importPageSize < 1 || importPageSize > 100) {
            throw new IllegalArgumentException("annex.rt.import.page-size must be 1 to 100 (RT's page limit), was "
                    + importPageSize);
        }
        this.entityManager = entityManager;
        this.tenantContext = tenantContext;
        this.changes = changes;
        this.clock = clock;
        this.directory = directory;
        this.tenants = tenants;
        this.lease = lease;
        this.importPageSize = importPageSize;
    }

    protected RtFeedWork() {
        this(null, null, null, null, null, null, Duration.ofMinutes(1), 100);
    }

    /** @return whether this node holds the tenant's feed now (see {@link RtFeedPoller#claim}) */
    @ActivateRequestContext
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(TenantRef tenant) {
        tenantContext.enter(tenant);
        return poller().claim();
    }

    /** @return how many RT transactions the batch held (see {@link RtFeedPoller#poll}) */
    @ActivateRequestContext
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int poll(TenantRef tenant) {
        tenantContext.enter(tenant);
        return poller().poll();
    }

    /** @return whether the tenant's initial import has pages left (see {@link RtInitialImport#step}) */
    @ActivateRequestContext
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean importPage(TenantRef tenant) {
        tenantContext.enter(tenant);
        return new RtInitialImport(entityManager, tenantContext, clock, tenants, poller(), importPageSize).step();
    }

    private RtFeedPoller poller() {
        return new RtFeedPoller(entityManager, tenantContext, changes, clock, directory, tenants, NODE, lease);
    }
}
