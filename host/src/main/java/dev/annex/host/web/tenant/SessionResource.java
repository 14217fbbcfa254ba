package dev.annex.host.web.tenant;

import dev.annex.plugin.api.rest.ApiAnswer;
import dev.annex.host.security.AccessTokens;
import dev.annex.host.security.IssuedToken;
import dev.annex.host.security.PasswordSignIn;
import dev.annex.host.security.SecretTokens;
import dev.annex.host.security.TokenKind;
import dev.annex.host.security.TokenOwner;
import dev.annex.host.web.Anonymous;
import dev.annex.host.web.SessionCookies;
import dev.annex.host.web.SignInRequest;
import dev.annex.host.helpdesk.Person;
import dev.annex.host.tenant.TenantContext;
import dev.annex.host.web.problem.Problems;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Browser sign-in and sign-out for a tenant's people. */
@Path("t/{tenant}/session")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    /** Resolved by the authentication filter; declared so the API description names it. */
    @PathParam("tenant")
    String tenant;

    public record SignedIn(PersonView person, String csrfToken) {
    }

    @Inject
    PasswordSignIn signIn;
    @Inject
    AccessTokens tokens;
    @Inject
    TenantContext tenantContext;
    @Context
    UriInfo uriInfo;

    @POST
    @Anonymous
    @ApiAnswer(status = 200, body = SignedIn.class, description = "Signed in: the session cookie is set")
    public Response signIn(@NotNull @Valid SignInRequest request) {
        Person person = signIn.person(request.email(), request.password()).orElseThrow(Problems::unauthorized);
        IssuedToken session = tokens.issue(TokenKind.SESSION,
                TokenOwner.person(tenantContext.current().id(), person.id()), null, SessionCookies.LIFETIME, null);
        String csrf = SecretTokens.csrfFor(session.secret());
        return Response.ok(new SignedIn(PersonView.of(person), csrf))
                .cookie(SessionCookies.session(SessionCookies.SESSION, session.secret(), uriInfo),
                        SessionCookies.csrf(SessionCookies.CSRF, csrf, uriInfo))
                .build();
    }

    @DELETE
    @Anonymous
    @ApiAnswer(status = 204, description = "Signed out: the session cookie is cleared")
    public Response signOut(@CookieParam(SessionCookies.SESSION) String session) {
        if (session != null) {
            tokens.revokeSecret(session);
        }
        return Response.noContent()
                .cookie(SessionCookies.expired(SessionCookies.SESSION, uriInfo),
                        SessionCookies.expired(SessionCookies.CSRF, uriInfo))
                .build();
    }
}
