package dev.annex.plugins.following;

import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.rest.RestContext;
import dev.annex.plugin.api.rest.RestExtension;
import org.pf4j.Extension;

@Extension
public class FollowingRest implements RestExtension {

    private final PluginContext plugin;

    public FollowingRest(PluginContext plugin) {
        this.plugin = plugin;
    }

    @Override
    public FollowingResource resource(RestContext context) {
        return new FollowingResource(plugin, context);
    }
}
