package dev.annex.plugins.casesharing;

import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.rest.RestContext;
import dev.annex.plugin.api.rest.RestExtension;
import org.pf4j.Extension;

@Extension
public class CaseSharingRest implements RestExtension {

    private final PluginContext plugin;

    public CaseSharingRest(PluginContext plugin) {
        this.plugin = plugin;
    }

    @Override
    public CaseSharingResource resource(RestContext context) {
        return new CaseSharingResource(plugin, context);
    }
}
