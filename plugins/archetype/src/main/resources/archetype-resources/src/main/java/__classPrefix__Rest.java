package ${package};

import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.rest.RestContext;
import dev.annex.plugin.api.rest.RestExtension;
import org.pf4j.Extension;

/** Endpoints under /api/t/{tenant}/plugins/${pluginId}/. */
@Extension
public class ${classPrefix}Rest implements RestExtension {

    private final PluginContext plugin;

    public ${classPrefix}Rest(PluginContext plugin) {
        this.plugin = plugin;
    }

    @Override
    public ${classPrefix}Resource resource(RestContext context) {
        return new ${classPrefix}Resource(plugin, context);
    }
}
