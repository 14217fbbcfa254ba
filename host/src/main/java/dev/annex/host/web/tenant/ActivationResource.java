package dev.annex.host.web.tenant;

import dev.annex.host.activation.Activations;
import dev.annex.host.security.Credentials;
import dev.annex.host.web.Anonymous;
import dev.annex.host.web.problem.ProblemException;
import dev.annex.host.web.problem.Problems;
import dev.annex.plugin.api.rest.ApiAnswer;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;

/**
 * The page behind an activation link ({@code /t/{tenant}/activate#secret}) asks here whom the
 * link is for, then sets the password with it. Anonymous by nature; the secret travels in the
 * body, never in a URL a log could keep. A wrong, used, replaced or expired link answers the same
 * 404, and guesses from one client are throttled (429 with Retry-After).
 */
@Path("t/{tenant}/activation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Anonymous
public class ActivationResource {

    /** Resolved by the authentication filter; declared so the API description names it. */
    @PathParam("tenant")
    String tenant;

    public record Secret(@NotBlank @Size(max = 100) String secret) {
    }

    public record ChosenPassword(@NotBlank @Size(max = 100) String secret,
                                 @NotNull @Size(min = 8, max = 1000) String password) {
    }

    /** Whom a valid link is for, to greet them on the page. */
    public record Invited(String email, String displayName, Instant expiresAt) {
    }

    @Inject
    Activations activations;
    @Inject
    Credentials credentials;
    @Context
    HttpServletRequest request;

    @POST
    @Path("check")
    public Invited check(@NotNull @Valid Secret body) {
        return activations.check(body.secret(), request.getRemoteAddr())
                .map(p -> new Invited(p.email(), p.displayName(), p.expiresAt()))
                .orElseThrow(ActivationResource::notValid);
    }

    @POST
    @ApiAnswer(status = 204, description = "The password is set and the link used up: sign in with it")
    public Response activate(@NotNull @Valid ChosenPassword body) {
        // Hashed before the transaction: a slow hash must not hold the row locks (see Credentials#hash).
        String hash = credentials.hash(body.password());
        activations.activate(body.secret(), hash, request.getRemoteAddr())
                .orElseThrow(ActivationResource::notValid);
        return Response.noContent().build();
    }

    private static ProblemException notValid() {
        return Problems.notFound("activation link", "(it may be used, replaced by a newer one, or expired)");
    }
}
