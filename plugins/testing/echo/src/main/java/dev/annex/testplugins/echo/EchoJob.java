package dev.annex.testplugins.echo;

import dev.annex.plugin.api.Tenant;
import dev.annex.plugin.api.jobs.ScheduledJob;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.pf4j.Extension;

/** Counts its runs per tenant, every second. */
@Extension
public class EchoJob implements ScheduledJob {

    private static final Map<String, AtomicInteger> RUNS = new ConcurrentHashMap<>();

    static int runs(String tenant) {
        return RUNS.getOrDefault(tenant, new AtomicInteger()).get();
    }

    @Override
    public Duration interval() {
        return Duration.ofSeconds(1);
    }

    @Override
    public void run(Tenant tenant) {
        RUNS.computeIfAbsent(tenant.slug(), t -> new AtomicInteger()).incrementAndGet();
    }
}
