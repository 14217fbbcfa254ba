package dev.annex.testplugins.echo;

import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.rest.RestContext;
import dev.annex.plugin.api.rest.RestExtension;
import org.pf4j.Extension;

@Extension
public class EchoRest implements RestExtension {

    private final PluginContext plugin;

    public EchoRest(PluginContext plugin) {
        this.plugin = plugin;
    }

    @Override
    public EchoResource resource(RestContext context) {
        return new EchoResource(plugin, context);
    }
}
