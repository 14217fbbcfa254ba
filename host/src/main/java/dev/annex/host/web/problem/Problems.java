package dev.annex.host.web.problem;

import dev.annex.host.refusal.FieldError;
import dev.annex.host.refusal.Refusal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The problems the API answers with; one factory per kind so every endpoint words them alike. */
public final class Problems {

    /** Both ways an API client signs in (RFC 9110 §11.6.1: several challenges, comma-separated). */
    static final String CHALLENGES = "Basic realm=\"annex\", Bearer realm=\"annex\"";
    /** For the UI's own requests: a Basic challenge would make the browser prompt for a password. */
    static final String BROWSER_CHALLENGE = "Bearer realm=\"annex\"";

    private Problems() {
    }

    /** How a service's refusal is answered: each reason has one status and one problem type. */
    public static ProblemException of(Refusal refusal) {
        return switch (refusal.reason()) {
            case INVALID -> new ProblemException(422, "validation", "Invalid input", refusal.getMessage(),
                    refusal.errors(), Map.of());
            case NOT_FOUND -> new ProblemException(404, "not-found", "Not found", refusal.getMessage(), List.of(),
                    Map.of());
            case CONFLICT -> new ProblemException(409, "conflict", "Conflict", refusal.getMessage(), refusal.errors(),
                    Map.of());
            case FORBIDDEN -> new ProblemException(403, "forbidden", "Forbidden", refusal.getMessage(), List.of(),
                    Map.of());
            case UNAUTHENTICATED -> new ProblemException(401, "unauthorized", "Unauthorized", refusal.getMessage(),
                    List.of(), Map.of("WWW-Authenticate", CHALLENGES));
            case TOO_MANY_ATTEMPTS -> new ProblemException(429, "too-many-attempts", "Too many sign-in attempts",
                    refusal.getMessage(), List.of(), Map.of("Retry-After", Long.toString(refusal.retryAfter().toSeconds())));
            case UNAVAILABLE -> new ProblemException(503, "unavailable", "Service unavailable", refusal.getMessage(),
                    List.of(), Map.of("Retry-After", Long.toString(refusal.retryAfter().toSeconds())));
        };
    }

    /** Input that is well-formed but breaks a rule: 422, naming the field. */
    public static ProblemException invalid(String field, String message) {
        return of(Refusal.invalid(field, message));
    }

    public static ProblemException invalid(List<FieldError> errors) {
        return of(Refusal.invalid(errors));
    }

    /** Input that cannot be read at all (malformed JSON, wrong types, bad query parameter): 400. */
    public static ProblemException badRequest(String field, String message) {
        List<FieldError> errors = field == null ? List.of() : List.of(new FieldError(field, message));
        String detail = field == null ? message : field + ": " + message;
        return new ProblemException(400, "bad-request", "Bad request", detail, errors, Map.of());
    }

    public static ProblemException notFound(String what, Object id) {
        return of(Refusal.notFound(what, id));
    }

    public static ProblemException conflict(String field, String detail) {
        return of(Refusal.conflict(field, detail));
    }

    public static ProblemException forbidden(String detail) {
        return of(Refusal.forbidden(detail));
    }

    public static ProblemException unauthorized() {
        return of(Refusal.unauthenticated());
    }

    /**
     * The database gave up waiting for a lock (a deadlock victim or a lock time-out): nothing was
     * written, and the same request very likely succeeds if sent again after {@code retryAfter}.
     */
    public static ProblemException busy(Duration retryAfter) {
        long seconds = Math.max(1, retryAfter.toSeconds());
        return new ProblemException(503, "busy", "Busy",
                "Too many changes competed for the same data; nothing was written. Send the request again in "
                        + seconds + (seconds == 1 ? " second." : " seconds."), List.of(),
                Map.of("Retry-After", Long.toString(seconds)));
    }

    /** A plugin already runs as many calls as its bulkhead allows; this one was not started. */
    public static ProblemException pluginBusy(String detail) {
        return new ProblemException(503, "plugin-busy", "Service Unavailable", detail, List.of(),
                Map.of("Retry-After", "1"));
    }

    public static ProblemException preconditionRequired() {
        return new ProblemException(428, "precondition-required", "Precondition required",
                "Send If-Match with the version you last read, to avoid overwriting someone else's change.",
                List.of(new FieldError("If-Match", "is required")), Map.of());
    }

    public static ProblemException staleVersion(long currentVersion) {
        return new ProblemException(412, "stale-version", "Precondition failed",
                "The resource has changed since you read it; current version is " + currentVersion + ".",
                List.of(new FieldError("If-Match", "does not match the current version")),
                Map.of("ETag", "\"" + currentVersion + "\""));
    }
}
