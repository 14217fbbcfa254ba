package dev.annex.host.plugin.runtime;

import dev.annex.plugin.api.directory.DirectoryEventListener;
import dev.annex.plugin.api.event.TicketEventListener;
import dev.annex.plugin.api.jobs.ScheduledJob;
import dev.annex.plugin.api.lifecycle.TenantLifecycleListener;
import dev.annex.plugin.api.rest.RestExtension;
import dev.annex.plugin.api.settings.SettingDefinition;
import java.util.List;

/**
 * A plugin and what it contributes, fixed when it was started. Extensions of a plugin that is
 * not started are empty, so nothing of it can be called.
 *
 * @param dependencies the ids of the plugins it names in {@code Plugin-Dependencies}
 * @param extensions   every extension it has, for the services plugins export to each other
 */
public record PluginEntry(PluginInfo info, ClassLoader classLoader, List<SettingDefinition> settings,
                          List<PluginUi> ui, List<RestExtension> rest, List<TicketEventListener> listeners,
                          List<TenantLifecycleListener> lifecycle, List<ScheduledJob> jobs,
                          List<DirectoryEventListener> directoryListeners, List<String> dependencies,
                          List<Object> extensions) {

    /** Copies every list: a reader of the catalog can change nothing of it. */
    public PluginEntry {
        settings = List.copyOf(settings);
        ui = List.copyOf(ui);
        rest = List.copyOf(rest);
        listeners = List.copyOf(listeners);
        lifecycle = List.copyOf(lifecycle);
        jobs = List.copyOf(jobs);
        directoryListeners = List.copyOf(directoryListeners);
    }

    public boolean started() {
        return info.state() == PluginState.STARTED;
    }
}
