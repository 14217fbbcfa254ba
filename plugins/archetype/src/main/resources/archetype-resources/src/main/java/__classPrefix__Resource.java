package ${package};

import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.PluginProblem;
import dev.annex.plugin.api.rest.RestContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** GET greeting/{ticketId}: the tenant's greeting for a ticket the caller can see (404 otherwise). */
@Produces(MediaType.APPLICATION_JSON)
public class ${classPrefix}Resource {

    /** What the endpoint answers. */
    public record Greeting(String text, long ticketId, String subject) {
    }

    private final PluginContext plugin;
    private final RestContext context;

    public ${classPrefix}Resource(PluginContext plugin, RestContext context) {
        this.plugin = plugin;
        this.context = context;
    }

    @GET
    @Path("greeting/{ticketId}")
    public Greeting greeting(@PathParam("ticketId") long ticketId) {
        var tenant = context.tenant();
        var ticket = plugin.helpDesk().ticket(tenant, ticketId)
                .filter(t -> plugin.helpDesk().canSee(tenant, context.caller().personId(), t.id()))
                .orElseThrow(() -> PluginProblem.notFound("No ticket " + ticketId + " that you can see."));
        String greeting = plugin.settings().text(tenant, ${classPrefix}Plugin.GREETING);
        return new Greeting(greeting + ", " + context.caller().displayName() + "!", ticket.id(), ticket.subject());
    }
}
