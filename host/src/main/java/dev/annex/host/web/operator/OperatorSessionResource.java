package dev.annex.host.web.operator;

import dev.annex.plugin.api.rest.ApiAnswer;
import dev.annex.host.security.AccessTokens;
import dev.annex.host.security.Caller;
import dev.annex.host.security.IssuedToken;
import dev.annex.host.security.PasswordSignIn;
import dev.annex.host.security.SecretTokens;
import dev.annex.host.security.TokenKind;
import dev.annex.host.security.TokenOwner;
import dev.annex.host.web.Anonymous;
import dev.annex.host.web.SessionCookies;
import dev.annex.host.web.SignInRequest;
import dev.annex.host.security.Operator;
import dev.annex.host.web.problem.Problems;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Sign-in and sign-out for operators, who belong to no tenant. */
@Path("operator/session")
@Produces(MediaType.APPLICATION_JSON)
public class OperatorSessionResource {

    public record SignedIn(Operator operator, String csrfToken) {
    }

    @Inject
    PasswordSignIn signIn;
    @Inject
    AccessTokens tokens;
    @Inject
    Caller caller;
    @Context
    UriInfo uriInfo;

    @POST
    @Anonymous
    @ApiAnswer(status = 200, body = SignedIn.class, description = "Signed in: the session cookie is set")
    public Response signIn(@NotNull @Valid SignInRequest request) {
        Operator operator = signIn.operator(request.email(), request.password()).orElseThrow(Problems::unauthorized);
        IssuedToken session = tokens.issue(TokenKind.SESSION, TokenOwner.operator(operator.id()), null,
                SessionCookies.LIFETIME, null);
        String csrf = SecretTokens.csrfFor(session.secret());
        return Response.ok(new SignedIn(operator, csrf))
                .cookie(SessionCookies.session(SessionCookies.OPERATOR_SESSION, session.secret(), uriInfo),
                        SessionCookies.csrf(SessionCookies.OPERATOR_CSRF, csrf, uriInfo))
                .build();
    }

    /** The signed-in operator. */
    @GET
    public Operator me() {
        return caller.operator();
    }

    @DELETE
    @Anonymous
    @ApiAnswer(status = 204, description = "Signed out: the session cookie is cleared")
    public Response signOut(@CookieParam(SessionCookies.OPERATOR_SESSION) String session) {
        if (session != null) {
            tokens.revokeSecret(session);
        }
        return Response.noContent()
                .cookie(SessionCookies.expired(SessionCookies.OPERATOR_SESSION, uriInfo),
                        SessionCookies.expired(SessionCookies.OPERATOR_CSRF, uriInfo))
                .build();
    }
}
