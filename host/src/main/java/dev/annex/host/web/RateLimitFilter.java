package dev.annex.host.web;

import dev.annex.host.security.Caller;
import dev.annex.host.security.RequestQuotas;
import dev.annex.host.web.problem.ProblemException;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/**
 * Counts every signed-in request against its caller's quota ({@link RequestQuotas}) and answers
 * 429 with {@code Retry-After} once it is spent, before the resource runs. Every answer to a
 * signed-in caller, the 429 included, carries {@code RateLimit-Limit}, {@code -Remaining},
 * {@code -Reset} and {@code -Policy} (the IETF httpapi draft's fields), so that a client slows
 * down before it is refused, as Zendesk's and GitHub's clients do with theirs.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 500)
public class RateLimitFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String COUNTED = RateLimitFilter.class.getName() + ".outcome";

    @Inject
    Caller caller;
    @Inject
    RequestQuotas quotas;

    @Override
    public void filter(ContainerRequestContext request) {
        if (caller.quota().isEmpty()) {
            return; // anonymous: sign-in has its own throttle
        }
        RequestQuotas.Outcome outcome = quotas.take(caller.quota().get());
        request.setProperty(COUNTED, outcome);
        if (!outcome.allowed()) {
            throw new ProblemException(429, "rate-limited", "Too many requests",
                    "This caller may make " + outcome.limit() + " requests a minute; send it again in "
                            + outcome.retryAfterSeconds() + (outcome.retryAfterSeconds() == 1 ? " second." : " seconds."),
                    List.of(), Map.of("Retry-After", Long.toString(outcome.retryAfterSeconds())));
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(COUNTED) instanceof RequestQuotas.Outcome outcome)) {
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("RateLimit-Limit", Integer.toString(outcome.limit()));
        headers.putSingle("RateLimit-Remaining", Long.toString(outcome.remaining()));
        headers.putSingle("RateLimit-Reset", Long.toString(outcome.resetSeconds()));
        headers.putSingle("RateLimit-Policy", outcome.limit() + ";w=60");
    }
}
