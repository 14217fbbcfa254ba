package dev.annex.plugins.partnerlinks;

import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.rest.RestContext;
import dev.annex.plugin.api.rest.RestExtension;
import org.pf4j.Extension;

@Extension
public class PartnerLinksRest implements RestExtension {

    private final PluginContext plugin;

    public PartnerLinksRest(PluginContext plugin) {
        this.plugin = plugin;
    }

    @Override
    public PartnerLinksResource resource(RestContext context) {
        return new PartnerLinksResource(plugin, context);
    }
}
