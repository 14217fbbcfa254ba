package dev.annex.plugins.grants;

import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.rest.RestContext;
import dev.annex.plugin.api.rest.RestExtension;
import org.pf4j.Extension;

@Extension
public class GrantsRest implements RestExtension {

    private final PluginContext plugin;

    public GrantsRest(PluginContext plugin) {
        this.plugin = plugin;
    }

    @Override
    public GrantsResource resource(RestContext context) {
        return new GrantsResource(plugin, context);
    }
}
