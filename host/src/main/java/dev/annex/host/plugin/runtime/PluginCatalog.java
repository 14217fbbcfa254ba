package dev.annex.host.plugin.runtime;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** An immutable snapshot of the installed plugins: readers never see one half-loaded. */
public record PluginCatalog(Map<String, PluginEntry> entries) {

    public static final PluginCatalog EMPTY = new PluginCatalog(Map.of());

    public PluginCatalog {
        entries = Map.copyOf(new TreeMap<>(entries));
    }

    public Optional<PluginEntry> find(String pluginId) {
        return Optional.ofNullable(entries.get(pluginId));
    }

    public Optional<PluginEntry> started(String pluginId) {
        return find(pluginId).filter(PluginEntry::started);
    }

    public Collection<PluginEntry> all() {
        return entries.values().stream().sorted(java.util.Comparator.comparing(e -> e.info().id())).toList();
    }

    public List<String> startedIds() {
        return entries.values().stream().filter(PluginEntry::started).map(e -> e.info().id()).sorted().toList();
    }
}
