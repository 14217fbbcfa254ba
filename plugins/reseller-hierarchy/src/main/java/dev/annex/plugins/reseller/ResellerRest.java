package dev.annex.plugins.reseller;

import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.rest.RestContext;
import dev.annex.plugin.api.rest.RestExtension;
import org.pf4j.Extension;

@Extension
public class ResellerRest implements RestExtension {

    private final PluginContext plugin;

    public ResellerRest(PluginContext plugin) {
        this.plugin = plugin;
    }

    @Override
    public Object resource(RestContext context) {
        return new ResellerResource(plugin, context);
    }
}
