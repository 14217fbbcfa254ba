package dev.annex.host.web.openapi;

import dev.annex.host.plugin.tenant.PluginEnablement;
import dev.annex.plugin.api.rest.ApiAnswer;
import dev.annex.plugin.api.rest.ApiOperation;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;

/**
 * {@code GET /api/t/{tenant}/openapi}: the document as one tenant's people see it, with only
 * the plugins that are on for the tenant (the whole installation's is {@code /openapi}).
 */
@Path("t/{tenant}/openapi")
@Produces(MediaType.APPLICATION_JSON)
public class TenantOpenApiResource {

    /** Resolved by the authentication filter; declared so the API description names it. */
    @PathParam("tenant")
    String tenant;

    @Inject
    PluginEnablement enablement;
    @Context
    ServletContext servletContext;
    @Context
    UriInfo uriInfo;

    @GET
    @ApiOperation(summary = "The OpenAPI document with this tenant's plugins", operationId = "tenantOpenApi")
    @ApiAnswer(status = 200, body = Map.class, description = "An OpenAPI 3.1 document")
    public Response document() {
        String base = uriInfo.getBaseUri().toString();
        String server = base.endsWith("/api/") ? base.substring(0, base.length() - "/api/".length()) : base;
        String json = Json.write(OpenApiDocument.of(ResourceClasses.roots(servletContext),
                OpenApiServlet.plugins(enablement.active()), server));
        return Response.ok(json, MediaType.APPLICATION_JSON).build();
    }
}
