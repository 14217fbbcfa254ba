package dev.annex.host.pluginapi;

import dev.annex.host.plugin.runtime.PluginCatalog;
import dev.annex.host.plugin.runtime.PluginEntry;
import dev.annex.host.tenant.TenantBinding;
import dev.annex.plugin.api.Tenant;
import dev.annex.plugin.api.dependency.ExportedService;
import dev.annex.plugin.api.dependency.PluginServices;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * One plugin's way to its dependencies' services and its dependants' callbacks: read from the
 * current catalog on every call, so an upgraded dependency is reached as soon as it is
 * installed. A dependency is called only while it is on for the tenant; dependants' callbacks are
 * called while they are started, on or off for the tenant (see {@link #fromDependants}).
 */
public final class DependencyServices implements PluginServices {

    private final String pluginId;
    private final TenantBinding binding;
    private final Supplier<PluginCatalog> catalog;
    private final Predicate<String> enabled;

    /** @param enabled whether a plugin is on for the current tenant */
    public DependencyServices(String pluginId, TenantBinding binding, Supplier<PluginCatalog> catalog,
                              Predicate<String> enabled) {
        this.pluginId = pluginId;
        this.binding = binding;
        this.catalog = catalog;
        this.enabled = enabled;
    }

    @Override
    public <T extends ExportedService> Optional<T> fromDependency(Tenant tenant, Class<T> type) {
        binding.bind(tenant.id(), tenant.slug());
        PluginCatalog current = catalog.get();
        List<String> declared = current.find(pluginId).map(PluginEntry::dependencies).orElse(List.of());
        return declared.stream()
                .flatMap(id -> current.started(id).stream())
                .filter(entry -> enabled.test(entry.info().id()))
                .flatMap(entry -> instances(entry, type))
                .findFirst();
    }

    @Override
    public <T extends ExportedService> List<T> fromDependants(Tenant tenant, Class<T> type) {
        binding.bind(tenant.id(), tenant.slug());
        // Every started dependant, also one that is off for this tenant: what it is told about is
        // this plugin's data changing (a partnership ended), and the data it keeps about it must
        // follow even while it is off, or turning it on again would revive what ended.
        return catalog.get().all().stream()
                .filter(PluginEntry::started)
                .filter(entry -> entry.dependencies().contains(pluginId))
                .flatMap(entry -> instances(entry, type))
                .toList();
    }

    private static <T> Stream<T> instances(PluginEntry entry, Class<T> type) {
        return entry.extensions().stream().filter(type::isInstance).map(type::cast);
    }
}
