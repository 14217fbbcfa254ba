package dev.annex.host.plugin.runtime;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pf4j.DefaultVersionManager;
import org.pf4j.PluginDependency;
import org.pf4j.PluginDescriptor;
import org.pf4j.VersionManager;

/**
 * Plugins that wait for their dependencies. A plugin whose {@code Plugin-Dependencies} are not
 * installed in a version its range accepts is never handed to PF4J (which would either refuse to
 * load the rest or drop it silently): its jar stays in the plugin folder, it is listed
 * {@code REFUSED} with the reason, and it is loaded as soon as a later install satisfies it.
 * Not thread-safe: {@link PluginRuntime} uses it under its lock.
 */
final class DependencyGate {

    /** A plugin jar in the folder that is not loaded yet, and why. */
    record Waiting(Path jar, PluginDescriptor descriptor, String reason) {
    }

    private static final VersionManager VERSIONS = new DefaultVersionManager();

    private final Map<String, Waiting> waiting = new HashMap<>();

    /**
     * Why this plugin cannot be loaded next to the given ones (id → version), or empty when each
     * of its required dependencies is there in a fitting version.
     */
    static Optional<String> refusal(PluginDescriptor descriptor, Map<String, String> loaded) {
        List<String> missing = new ArrayList<>();
        for (PluginDependency dependency : descriptor.getDependencies()) {
            if (dependency.isOptional()) {
                continue;
            }
            String range = dependency.getPluginVersionSupport();
            String version = loaded.get(dependency.getPluginId());
            String wanted = dependency.getPluginId() + ("*".equals(range) ? "" : " " + range);
            if (version == null) {
                missing.add("needs " + wanted + ", which is not installed");
            } else if (!"*".equals(range) && !VERSIONS.checkVersionConstraint(version, range)) {
                missing.add("needs " + wanted + ", but " + dependency.getPluginId() + " " + version + " is installed");
            }
        }
        return missing.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", missing));
    }

    void hold(Waiting plugin) {
        waiting.put(plugin.descriptor().getPluginId(), plugin);
    }

    Optional<Waiting> release(String pluginId) {
        return Optional.ofNullable(waiting.remove(pluginId));
    }

    Optional<Waiting> find(String pluginId) {
        return Optional.ofNullable(waiting.get(pluginId));
    }

    Collection<Waiting> all() {
        return List.copyOf(waiting.values());
    }

    /** The waiting plugins that name this one as a dependency. */
    List<String> waitingOn(String pluginId) {
        return waiting.values().stream()
                .filter(w -> w.descriptor().getDependencies().stream().anyMatch(d -> d.getPluginId().equals(pluginId)))
                .map(w -> w.descriptor().getPluginId()).sorted().toList();
    }
}
