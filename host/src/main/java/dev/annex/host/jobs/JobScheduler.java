package dev.annex.host.jobs;

import dev.annex.host.plugin.runtime.PluginEntry;
import dev.annex.host.plugin.runtime.PluginProblems;
import dev.annex.host.plugin.runtime.PluginRuntime;
import dev.annex.host.plugin.tenant.PluginTenants;
import dev.annex.host.plugin.tenant.PluginWork;
import dev.annex.plugin.api.Tenant;
import dev.annex.host.tenant.TenantRef;
import dev.annex.plugin.api.jobs.ScheduledJob;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs plugins' scheduled jobs for every active tenant that has the plugin on, each at its own
 * interval. A job that throws is logged and runs again at its next interval; one that overruns
 * its interval (at least a minute) is cancelled. Across the nodes sharing a database each job runs
 * once per due time: the node that claims it in {@link JobLeases} runs it. Each node remembers when
 * it last saw a job run (its own run or another node's claim), so a job not yet due costs no statement.
 */
@ApplicationScoped
public class JobScheduler {

    private static final Logger LOG = Logger.getLogger(JobScheduler.class.getName());
    private static final Duration MIN_TIME_LIMIT = Duration.ofMinutes(1);

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Resource
    ManagedExecutorService executor;

    private final PluginRuntime plugins;
    private final PluginWork work;
    private final PluginTenants pluginTenants;
    private final PluginProblems problems;
    private final Clock clock;
    private final JobLeases leases;
    private final Duration tick;
    private final Map<String, Instant> lastRuns = new ConcurrentHashMap<>();
    private ScheduledFuture<?> ticking;

    @Inject
    public JobScheduler(PluginRuntime plugins, PluginWork work, PluginTenants pluginTenants, PluginProblems problems,
                        Clock clock,
                        JobLeases leases, @ConfigProperty(name = "annex.jobs.tick", defaultValue = "PT15S") Duration tick) {
        this.plugins = plugins;
        this.work = work;
        this.pluginTenants = pluginTenants;
        this.problems = problems;
        this.clock = clock;
        this.leases = leases;
        this.tick = tick;
    }

    protected JobScheduler() {
        this(null, null, null, null, null, null, Duration.ZERO);
    }

    public void start() {
        ticking = scheduler.scheduleWithFixedDelay(this::tick, tick.toMillis(), tick.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (ticking != null) {
            ticking.cancel(false);
        }
    }

    void tick() {
        try {
            for (PluginEntry plugin : plugins.catalog().all()) {
                if (!plugin.started() || plugin.jobs().isEmpty()) {
                    continue;
                }
                List<TenantRef> tenants = pluginTenants.activeWith(plugin.info().id());
                for (ScheduledJob job : plugin.jobs()) {
                    for (TenantRef tenant : tenants) {
                        runIfDue(plugin.info().id(), job, tenant);
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Scheduled job round failed; the next tick retries", e);
        }
    }

    private void runIfDue(String pluginId, ScheduledJob job, TenantRef tenant) {
        String key = pluginId + "|" + job.getClass().getName() + "|" + tenant.id();
        Instant now = Instant.now(clock);
        Instant last = lastRuns.get(key);
        if (last != null && last.plus(job.interval()).isAfter(now)) {
            return;
        }
        lastRuns.put(key, now);
        if (!leases.claim(key, now, job.interval())) {
            return;
        }
        Future<?> run = executor.submit(() -> work.runFor(tenant, pluginId,
                () -> job.run(new Tenant(tenant.id(), tenant.slug()))));
        Duration limit = job.interval().compareTo(MIN_TIME_LIMIT) > 0 ? job.interval() : MIN_TIME_LIMIT;
        try {
            run.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            run.cancel(true);
            LOG.warning(() -> "Plugin " + pluginId + " job " + job.getClass().getName() + " overran for " + tenant.slug());
            problems.record(pluginId, "job " + job.getClass().getSimpleName() + " overran its time limit for " + tenant.slug());
        } catch (ExecutionException e) {
            LOG.log(Level.WARNING, "Plugin " + pluginId + " job failed for tenant " + tenant.slug(), e.getCause());
            problems.record(pluginId, "job " + job.getClass().getSimpleName() + " failed for " + tenant.slug() + ": "
                    + e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
