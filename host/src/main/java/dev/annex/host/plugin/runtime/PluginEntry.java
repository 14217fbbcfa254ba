package dev.annex.host.plugin.runtime;

import dev.annex.plugin.api.directory.DirectoryEventListener;
import dev.annex.plugin.api.event.TicketEventListener;
import dev.annex.plugin.api.jobs.ScheduledJob;
import dev.annex.plugin.api.lifecycle.TenantLifecycleListener;
import dev.annex.plugin.api.rest.RestExtension;
import dev.annex.plugin.api.settings.SettingDefinition;
import dev.annex.plugin.api.ui.UiContribution;
import java.util.List;

/**
 * A plugin and what it contributes, fixed when it was started. Extensions of a plugin that is
 * not started are empty, so nothing of it can be called.
 */
public record PluginEntry(PluginInfo info, ClassLoader classLoader, List<SettingDefinition> settings,
                          List<UiContribution> ui, List<RestExtension> rest, List<TicketEventListener> listeners,
                          List<TenantLifecycleListener> lifecycle, List<ScheduledJob> jobs,
                          List<DirectoryEventListener> directoryListeners) {

    public boolean started() {
        return info.state() == PluginState.STARTED;
    }
}
