package dev.annex.host.helpdesk.rt.store;

import dev.annex.host.helpdesk.HelpDeskFeeds;
import dev.annex.host.helpdesk.rt.client.RtException;
import dev.annex.host.tenant.TenantContext;
import dev.annex.host.tenant.TenantEntityManager;
import dev.annex.host.tenant.TenantRef;
import dev.annex.host.time.PollingLoop;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.persistence.config.QueryHints;

/**
 * Polls the transaction feed of every RT-backed tenant in the running server: every
 * {@code annex.rt.feed.interval} (2 s by default) one batch per tenant, on the server's managed
 * scheduler. The feed's lease ({@link RtFeedPoller#claim}) keeps each tenant's feed on one node of a
 * cluster. A tenant newly connected to an RT that already holds tickets is imported first, a page
 * per round ({@link RtInitialImport}); a page of the import or a full feed batch asks for the next
 * round at once, so a backlog drains without waiting out the interval. RT down is logged once per outage and the cursor stays: the next round that reaches
 * RT reads on from it.
 */
@ApplicationScoped
public class RtFeedSchedule implements HelpDeskFeeds {

    private static final Logger LOG = Logger.getLogger(RtFeedSchedule.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Resource(lookup = "jdbc/annex")
    DataSource dataSource;

    private final RtFeedWork work;
    private final TenantEntityManager entityManager;
    private final TenantContext tenantContext;
    private final Clock clock;
    private final Duration interval;
    private final Duration behindAfter;
    private final PollingLoop loop;
    /** Tenants whose RT did not answer at their last round: logged once until it answers again. */
    private final Set<Long> unreachable = ConcurrentHashMap.newKeySet();

    @Inject
    public RtFeedSchedule(RtFeedWork work, TenantEntityManager entityManager, TenantContext tenantContext, Clock clock,
                          @ConfigProperty(name = "annex.rt.feed.interval", defaultValue = "PT2S") Duration interval) {
        this.work = work;
        this.entityManager = entityManager;
        this.tenantContext = tenantContext;
        this.clock = clock;
        this.interval = interval;
        // A few missed rounds before the UI says so: one slow RT answer is no outage.
        this.behindAfter = max(interval.multipliedBy(3), Duration.ofSeconds(10));
        this.loop = new PollingLoop("RT transaction feed", interval, this::round);
    }

    protected RtFeedSchedule() {
        this(null, null, null, null, Duration.ofSeconds(2));
    }

    @Override
    public void start() {
        loop.start(scheduler, interval);
        LOG.info(() -> "Polling the RT transaction feed of RT-backed tenants every " + interval);
    }

    @PreDestroy
    void stop() {
        loop.stop();
    }

    @Override
    public Optional<Instant> behindSince() {
        long tenantId = tenantContext.current().id();
        List<?> rows = entityManager.get().createNativeQuery("SELECT h.UPDATED_AT, c.UPDATED_AT FROM TENANT_HELP_DESK h"
                        + " LEFT JOIN RT_FEED_CURSOR c ON c.TENANT_ID = h.TENANT_ID WHERE h.TENANT_ID = ? AND h.KIND = 'RT'")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, tenantId).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty(); // the built-in help desk: its index is its own writes
        }
        Object[] row = (Object[]) rows.get(0);
        // Read up to date last at the cursor's last move; a feed never read yet, since it was connected.
        Instant current = ((Timestamp) (row[1] != null ? row[1] : row[0])).toInstant();
        return current.plus(behindAfter).isBefore(Instant.now(clock)) ? Optional.of(current) : Optional.empty();
    }

    /** One batch for each RT-backed tenant; one tenant's failure is its own. */
    void round() {
        boolean backlog = false;
        Instant started = Instant.now(clock);
        List<TenantRef> tenants = rtBackedTenants();
        for (TenantRef tenant : tenants) {
            try {
                if (!work.claim(tenant)) {
                    continue; // another node holds this tenant's feed
                }
            } catch (RuntimeException e) {
                failed(tenant, e);
                continue;
            }
            // The import first: the feed's cursor was set at RT's newest transaction by the first
            // claim, so nothing that changes while the import runs is missed. Each in its own try:
            // an import page that keeps failing must not stop the feed.
            try {
                backlog |= work.importPage(tenant);
            } catch (RuntimeException e) {
                failed(tenant, e);
            }
            try {
                backlog |= work.poll(tenant) >= RtFeedPoller.PAGE;
                if (unreachable.remove(tenant.id())) {
                    LOG.info(() -> "RT answers again for tenant " + tenant.slug() + "; its feed reads on from its cursor");
                }
            } catch (RuntimeException e) {
                failed(tenant, e);
            }
        }
        Duration took = Duration.between(started, Instant.now(clock));
        if (took.compareTo(behindAfter) > 0) {
            // As slow as the UI calls "behind": every tenant waits for the whole round, so an operator
            // sees here that RT or the number of RT-backed tenants makes the index lag.
            LOG.warning(() -> "The RT feed round over " + tenants.size() + " tenants took " + took.toMillis()
                    + " ms (interval " + interval + "); changes made in RT reach Annex that much later");
        }
        if (backlog) {
            loop.wake();
        }
    }

    private void failed(TenantRef tenant, RuntimeException e) {
        if (rtFailure(e)) {
            if (unreachable.add(tenant.id())) {
                LOG.warning(() -> "RT does not answer for tenant " + tenant.slug() + " (" + e.getMessage()
                        + "); its index is served as it stands and the feed resumes from its cursor");
            }
        } else {
            LOG.log(Level.WARNING, "RT feed round failed for tenant " + tenant.slug() + "; the next round tries again", e);
        }
    }

    private static boolean rtFailure(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RtException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The active tenants backed by RT. Plain JDBC: this reads across tenants, which EclipseLink rightly
     * refuses for a unit with multitenant entities.
     */
    private List<TenantRef> rtBackedTenants() {
        String sql = "SELECT t.ID, t.SLUG FROM TENANT t JOIN TENANT_HELP_DESK h ON h.TENANT_ID = t.ID"
                + " WHERE h.KIND = 'RT' AND t.STATUS = 'ACTIVE' ORDER BY t.ID";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            List<TenantRef> tenants = new ArrayList<>();
            while (rows.next()) {
                tenants.add(new TenantRef(rows.getLong(1), rows.getString(2)));
            }
            return tenants;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the RT-backed tenants", e);
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
