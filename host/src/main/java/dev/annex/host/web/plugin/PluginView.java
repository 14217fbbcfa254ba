package dev.annex.host.web.plugin;

import dev.annex.host.plugin.runtime.PluginEntry;
import dev.annex.host.plugin.runtime.PluginInfo;
import dev.annex.plugin.api.ui.UiContribution;
import java.util.List;

/**
 * A plugin as a tenant's people see it: what it is and what it adds to the UI. Module paths are
 * absolute URLs of the host's asset endpoint, versioned so they can be cached for good.
 */
public record PluginView(String id, String version, String description, List<UiView> ui) {

    /** @param roles the roles the contribution is for; empty for everyone */
    public record UiView(String slot, String element, String module, String label, List<String> roles) {
    }

    /** The plugin with only the UI contributions offered to the person (see {@link UiOffers}). */
    static PluginView of(PluginEntry entry, List<UiContribution> offered) {
        PluginInfo info = entry.info();
        List<UiView> ui = offered.stream()
                .map((UiContribution c) -> new UiView(c.slot().name(), c.element(),
                        "/api/plugin-assets/" + info.id() + "/" + info.version() + "/" + c.module(), c.label(),
                        c.roles().stream().map(Enum::name).sorted().toList()))
                .toList();
        return new PluginView(info.id(), info.version(), info.description(), ui);
    }
}
