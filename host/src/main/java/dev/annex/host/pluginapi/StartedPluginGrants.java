package dev.annex.host.pluginapi;

import dev.annex.host.access.GrantSources;
import dev.annex.host.plugin.tenant.PluginEnablement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The access rules count the grants of the plugins that are started and on for the current
 * tenant, read afresh for each viewer: turning a plugin off takes its grants away at once.
 */
@ApplicationScoped
public class StartedPluginGrants implements GrantSources {

    private final PluginEnablement enablement;

    @Inject
    public StartedPluginGrants(PluginEnablement enablement) {
        this.enablement = enablement;
    }

    protected StartedPluginGrants() {
        this(null);
    }

    @Override
    public List<String> current() {
        return enablement.active().stream().map(entry -> entry.info().id()).sorted().toList();
    }
}
