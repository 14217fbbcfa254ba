package dev.annex.host.web.tenant;

import dev.annex.plugin.api.rest.ApiAnswer;
import dev.annex.host.security.AccessTokens;
import dev.annex.host.security.ApiToken;
import dev.annex.host.security.Caller;
import dev.annex.host.security.IssuedToken;
import dev.annex.host.security.RequestQuotas;
import dev.annex.host.security.TokenKind;
import dev.annex.host.security.TokenOwner;
import dev.annex.host.page.Page;
import dev.annex.host.tenant.TenantContext;
import dev.annex.host.web.Inputs;
import dev.annex.plugin.api.rest.PagedList;
import dev.annex.host.web.problem.Problems;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;

/** A person's own API tokens. The secret is shown once, in the answer that creates it. */
@Path("t/{tenant}/me/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TokenResource {

    /** Resolved by the authentication filter; declared so the API description names it. */
    @PathParam("tenant")
    String tenant;

    /**
     * @param requestsPerMinute a limit of the token's own, below the installation's (for a script
     *                          that must not crowd out the people of the help desk); none for the
     *                          installation's
     */
    public record CreateToken(@NotBlank @Size(max = 100) String name,
                              @Min(1) @Max(365) Integer expiresInDays,
                              @Min(1) Integer requestsPerMinute) {
    }

    @Inject
    AccessTokens tokens;
    @Inject
    Caller caller;
    @Inject
    TenantContext tenantContext;
    @Inject
    RequestQuotas quotas;

    /** Newest first; the secrets are never listed. */
    @GET
    public PagedList<ApiToken> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return Page.of(tokens.apiTokens(tenantContext.current().id(), caller.person().id()),
                Inputs.page(page, size)).view(token -> token);
    }

    @POST
    @ApiAnswer(status = 201, body = IssuedToken.class, description = "Issued: the secret is shown this once")
    public Response create(@NotNull @Valid CreateToken request) {
        int days = request.expiresInDays() == null ? 90 : request.expiresInDays();
        if (request.requestsPerMinute() != null && request.requestsPerMinute() > quotas.installationLimit()) {
            throw Problems.invalid("requestsPerMinute", "must be at most " + quotas.installationLimit()
                    + ", this installation's limit");
        }
        IssuedToken issued = tokens.issue(TokenKind.API,
                TokenOwner.person(tenantContext.current().id(), caller.person().id()), request.name().trim(),
                Duration.ofDays(days), request.requestsPerMinute());
        return Response.status(Response.Status.CREATED).entity(issued).build();
    }

    @DELETE
    @Path("{id}")
    @ApiAnswer(status = 204, description = "Revoked")
    public Response revoke(@PathParam("id") long id) {
        if (!tokens.revokeApiToken(tenantContext.current().id(), caller.person().id(), id)) {
            throw Problems.notFound("token", id);
        }
        return Response.noContent().build();
    }
}
