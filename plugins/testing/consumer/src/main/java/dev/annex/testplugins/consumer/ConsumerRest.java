package dev.annex.testplugins.consumer;

import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.PluginProblem;
import dev.annex.plugin.api.rest.RestContext;
import dev.annex.plugin.api.rest.RestExtension;
import dev.annex.testplugins.provider.api.Greeter;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.pf4j.Extension;

/** GET greeting: the provider's greeting, reached through the host's plugin services. */
@Extension
public class ConsumerRest implements RestExtension {

    private final PluginContext plugin;

    public ConsumerRest(PluginContext plugin) {
        this.plugin = plugin;
    }

    @Override
    public Resource resource(RestContext context) {
        return new Resource(plugin, context);
    }

    @Produces(MediaType.TEXT_PLAIN)
    public static class Resource {

        private final PluginContext plugin;
        private final RestContext context;

        Resource(PluginContext plugin, RestContext context) {
            this.plugin = plugin;
            this.context = context;
        }

        @GET
        @Path("greeting")
        public String greeting() {
            return plugin.services().fromDependency(context.tenant(), Greeter.class).map(Greeter::greeting)
                    .orElseThrow(() -> PluginProblem.conflict(null, "provider is off"));
        }
    }
}
