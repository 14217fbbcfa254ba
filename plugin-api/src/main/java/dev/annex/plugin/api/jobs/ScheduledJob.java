package dev.annex.plugin.api.jobs;

import dev.annex.plugin.api.Tenant;
import java.time.Duration;
import org.pf4j.ExtensionPoint;

/**
 * Work the host runs periodically for every tenant that has the plugin enabled.
 *
 * <pre>{@code
 * @Extension
 * public class HourlyDigest implements ScheduledJob {
 *     public Duration interval() { return Duration.ofHours(1); }
 *     public void run(Tenant tenant) { ... }
 * }
 * }</pre>
 *
 * @since 1.0.0
 */
public interface ScheduledJob extends ExtensionPoint {

    Duration interval();

    void run(Tenant tenant);
}
