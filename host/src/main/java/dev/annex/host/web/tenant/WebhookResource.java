package dev.annex.host.web.tenant;

import dev.annex.host.event.webhook.CreatedWebhook;
import dev.annex.host.event.webhook.WebhookDelivery;
import dev.annex.host.event.webhook.WebhookSubscription;
import dev.annex.host.event.webhook.WebhookSubscriptions;
import dev.annex.host.security.Caller;
import dev.annex.host.tenant.TenantContext;
import dev.annex.plugin.api.PersonRole;
import dev.annex.plugin.api.rest.AllowedRoles;
import dev.annex.plugin.api.rest.ApiAnswer;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * A tenant's webhook subscriptions, for its administrators (README, "Webhooks"). The signing
 * secret is shown once, in the answer that creates the subscription.
 */
@Path("t/{tenant}/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@AllowedRoles(PersonRole.TENANT_ADMIN)
public class WebhookResource {

    /** Resolved by the authentication filter; declared so the API description names it. */
    @PathParam("tenant")
    String tenant;

    /**
     * @param url    where deliveries are POSTed: http or https
     * @param events the event types, such as {@code ticket.created}, {@code ticket.status_changed}
     */
    public record CreateWebhook(@NotBlank @Size(max = 2000) String url,
                                @NotNull @Size(min = 1, max = 10) List<@NotBlank String> events) {
    }

    @Inject
    WebhookSubscriptions subscriptions;
    @Inject
    Caller caller;
    @Inject
    TenantContext tenantContext;
    @Context
    UriInfo uriInfo;

    @GET
    public List<WebhookSubscription> list() {
        return subscriptions.list(tenantId());
    }

    @POST
    @ApiAnswer(status = 201, body = CreatedWebhook.class, headers = "Location",
            description = "Subscribed: the signing secret is shown this once")
    public Response create(@NotNull @Valid CreateWebhook request) {
        CreatedWebhook created = subscriptions.create(tenantId(), request.url(), request.events(),
                caller.person().email());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(Long.toString(created.subscription().id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    public WebhookSubscription get(@PathParam("id") long id) {
        return subscriptions.get(tenantId(), id);
    }

    /** The newest 100 deliveries, newest first. */
    @GET
    @Path("{id}/deliveries")
    public List<WebhookDelivery> deliveries(@PathParam("id") long id) {
        return subscriptions.deliveries(tenantId(), id);
    }

    /** A paused subscription delivers again, the pending deliveries first. */
    @POST
    @Path("{id}/resume")
    public WebhookSubscription resume(@PathParam("id") long id) {
        return subscriptions.resume(tenantId(), id);
    }

    @DELETE
    @Path("{id}")
    @ApiAnswer(status = 204, description = "Unsubscribed; nothing more is sent")
    public Response delete(@PathParam("id") long id) {
        subscriptions.delete(tenantId(), id);
        return Response.noContent().build();
    }

    private long tenantId() {
        return tenantContext.current().id();
    }
}
