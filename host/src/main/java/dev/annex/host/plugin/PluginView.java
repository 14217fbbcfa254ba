package dev.annex.host.plugin;

import dev.annex.plugin.api.ui.UiContribution;
import java.util.List;

/**
 * A plugin as a tenant's people see it: what it is and what it adds to the UI. Module paths are
 * absolute URLs of the host's asset endpoint, versioned so they can be cached for good.
 */
public record PluginView(String id, String version, String description, List<UiView> ui) {

    public record UiView(String slot, String element, String module, String label) {
    }

    static PluginView of(PluginEntry entry) {
        PluginInfo info = entry.info();
        List<UiView> ui = entry.ui().stream().map((UiContribution c) -> new UiView(c.slot().name(), c.element(),
                "/api/plugin-assets/" + info.id() + "/" + info.version() + "/" + c.module(), c.label())).toList();
        return new PluginView(info.id(), info.version(), info.description(), ui);
    }
}
