package dev.annex.testplugins.echo;

import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.PluginProblem;
import dev.annex.plugin.api.links.IssuedSecret;
import dev.annex.plugin.api.links.SecretLink;
import dev.annex.plugin.api.rest.RestContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;

/** The host's secret links as a plugin uses them (plugin API 1.2.0), for the host's own tests. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EchoLinksResource {

    public record IssueInput(String purpose, String lifetime) {
    }

    public record SecretInput(String purpose, String secret) {
    }

    public record LinkView(long id, String purpose, Instant createdAt, Instant expiresAt, String status) {
    }

    public record IssuedView(LinkView link, String secret) {
    }

    private final PluginContext plugin;
    private final RestContext context;

    EchoLinksResource(PluginContext plugin, RestContext context) {
        this.plugin = plugin;
        this.context = context;
    }

    @POST
    public IssuedView issue(IssueInput input) {
        try {
            IssuedSecret issued = plugin.secretLinks().issue(context.tenant(), input.purpose(),
                    Duration.parse(input.lifetime()));
            return new IssuedView(view(issued.link()), issued.secret());
        } catch (IllegalArgumentException e) {
            throw PluginProblem.invalid("lifetime", e.getMessage());
        }
    }

    @POST
    @Path("check")
    public LinkView check(SecretInput input) {
        return plugin.secretLinks().check(context.tenant(), input.purpose(), input.secret()).map(this::view)
                .orElseThrow(() -> PluginProblem.notFound("This link is not valid."));
    }

    @POST
    @Path("redeem")
    public LinkView redeem(SecretInput input) {
        return plugin.secretLinks().redeem(context.tenant(), input.purpose(), input.secret()).map(this::view)
                .orElseThrow(() -> PluginProblem.notFound("This link is not valid."));
    }

    @GET
    @Path("{id}")
    public LinkView find(@PathParam("id") long id) {
        return plugin.secretLinks().find(context.tenant(), id).map(this::view)
                .orElseThrow(() -> PluginProblem.notFound("No link " + id));
    }

    @DELETE
    @Path("{id}")
    public void revoke(@PathParam("id") long id) {
        // Another tenant's id is simply not this tenant's link: 404, like any unknown id.
        if (!plugin.secretLinks().revoke(context.tenant(), id)) {
            throw PluginProblem.notFound("No link " + id);
        }
    }

    private LinkView view(SecretLink link) {
        return new LinkView(link.id(), link.purpose(), link.createdAt(), link.expiresAt(),
                link.statusAt(plugin.clock().instant()).name());
    }
}
