package dev.annex.host.pluginapi;

import dev.annex.host.access.GrantSources;
import dev.annex.host.plugin.runtime.PluginRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** The access rules count the grants of the plugins started right now. */
@ApplicationScoped
public class StartedPluginGrants implements GrantSources {

    private final PluginRuntime runtime;

    @Inject
    public StartedPluginGrants(PluginRuntime runtime) {
        this.runtime = runtime;
    }

    protected StartedPluginGrants() {
        this(null);
    }

    @Override
    public List<String> current() {
        return runtime.catalog().startedIds();
    }
}
