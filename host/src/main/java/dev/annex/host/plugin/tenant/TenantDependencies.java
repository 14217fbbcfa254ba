package dev.annex.host.plugin.tenant;

import dev.annex.host.plugin.runtime.PluginCatalog;
import dev.annex.host.plugin.runtime.PluginEntry;
import dev.annex.host.refusal.Refusal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The order in which to turn plugins on or off for a tenant so that no enabled plugin ever lacks
 * an enabled dependency — or the refusal that names what stands in the way. "Both" happens only
 * when the operator asks for it explicitly.
 */
public final class TenantDependencies {

    private TenantDependencies() {
    }

    /**
     * The plugins to turn on, dependencies first, ending with {@code pluginId}.
     *
     * @throws Refusal 409 naming the dependencies that are off (or not started), unless
     *                 {@code withDependencies} (then they are turned on too, if they are started)
     */
    public static List<String> toEnable(PluginCatalog catalog, Set<String> enabled, String pluginId,
                                        boolean withDependencies) {
        List<String> order = new ArrayList<>();
        List<String> off = new ArrayList<>();
        collectDependencies(catalog, enabled, pluginId, order, off, new ArrayList<>());
        List<String> unavailable = off.stream().filter(id -> catalog.started(id).isEmpty()).toList();
        if (!unavailable.isEmpty()) {
            throw Refusal.conflict(null, pluginId + " needs " + String.join(", ", unavailable)
                    + ", which " + (unavailable.size() == 1 ? "is" : "are") + " not started on this installation.");
        }
        if (!off.isEmpty() && !withDependencies) {
            throw Refusal.conflict(null, pluginId + " needs " + String.join(", ", off) + ", which "
                    + (off.size() == 1 ? "is" : "are") + " off for this tenant: turn " + (off.size() == 1 ? "it" : "them")
                    + " on first, or ask for both with ?withDependencies=true.");
        }
        order.add(pluginId);
        return order;
    }

    /**
     * The plugins to turn off, dependants first, ending with {@code pluginId}.
     *
     * @throws Refusal 409 naming the enabled plugins that depend on it, unless {@code withDependants}
     */
    public static List<String> toDisable(PluginCatalog catalog, Set<String> enabled, String pluginId,
                                         boolean withDependants) {
        List<String> dependants = new ArrayList<>();
        collectDependants(catalog, enabled, pluginId, dependants);
        if (!dependants.isEmpty() && !withDependants) {
            throw Refusal.conflict(null, String.join(", ", dependants) + (dependants.size() == 1 ? " depends" : " depend")
                    + " on " + pluginId + " and " + (dependants.size() == 1 ? "is" : "are") + " on for this tenant: turn "
                    + (dependants.size() == 1 ? "it" : "them") + " off first, or ask for both with ?withDependants=true.");
        }
        List<String> order = new ArrayList<>(dependants);
        order.add(pluginId);
        return order;
    }

    private static void collectDependencies(PluginCatalog catalog, Set<String> enabled, String pluginId,
                                            List<String> order, List<String> off, List<String> visiting) {
        if (visiting.contains(pluginId)) {
            return;
        }
        visiting.add(pluginId);
        for (String dependency : catalog.find(pluginId).map(PluginEntry::dependencies).orElse(List.of())) {
            collectDependencies(catalog, enabled, dependency, order, off, visiting);
            if (!enabled.contains(dependency) && !order.contains(dependency)) {
                off.add(dependency);
                order.add(dependency);
            }
        }
    }

    /** Enabled dependants, the furthest first, so each is turned off before what it needs. */
    private static void collectDependants(PluginCatalog catalog, Set<String> enabled, String pluginId, List<String> found) {
        for (PluginEntry entry : catalog.all()) {
            String id = entry.info().id();
            if (entry.dependencies().contains(pluginId) && enabled.contains(id) && !found.contains(id)) {
                collectDependants(catalog, enabled, id, found);
                if (!found.contains(id)) {
                    found.add(id);
                }
            }
        }
    }
}
