package dev.annex.host.plugin.runtime;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import jakarta.inject.Inject;

/**
 * The latest run-time failure of each plugin (a listener that threw or timed out, a job that
 * failed), so the operator's plugin list says why a started plugin misbehaves. Kept in memory.
 */
@ApplicationScoped
public class PluginProblems {

    public record LastProblem(String message, Instant at) {
    }

    private final Map<String, LastProblem> latest = new ConcurrentHashMap<>();
    private final Clock clock;

    @Inject
    public PluginProblems(Clock clock) {
        this.clock = clock;
    }

    protected PluginProblems() {
        this(null);
    }

    public void record(String pluginId, String message) {
        latest.put(pluginId, new LastProblem(message.length() > 500 ? message.substring(0, 500) : message,
                Instant.now(clock)));
    }

    public Optional<LastProblem> latest(String pluginId) {
        return Optional.ofNullable(latest.get(pluginId));
    }
}
