package dev.annex.host.web.problem;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The problems the API answers with; one factory per kind so every endpoint words them alike. */
public final class Problems {

    private Problems() {
    }

    /** Input that is well-formed but breaks a rule: 422, naming the field. */
    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ProblemException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return new ProblemException(422, "validation", "Invalid input", detail, errors, Map.of());
    }

    /** Input that cannot be read at all (malformed JSON, wrong types, bad query parameter): 400. */
    public static ProblemException badRequest(String field, String message) {
        List<FieldError> errors = field == null ? List.of() : List.of(new FieldError(field, message));
        String detail = field == null ? message : field + ": " + message;
        return new ProblemException(400, "bad-request", "Bad request", detail, errors, Map.of());
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "not-found", "Not found", "No " + what + " " + id, List.of(), Map.of());
    }

    public static ProblemException conflict(String field, String detail) {
        List<FieldError> errors = field == null ? List.of() : List.of(new FieldError(field, detail));
        return new ProblemException(409, "conflict", "Conflict", detail, errors, Map.of());
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "forbidden", "Forbidden", detail, List.of(), Map.of());
    }

    public static ProblemException unauthorized() {
        return new ProblemException(401, "unauthorized", "Unauthorized",
                "Sign in with a valid email and password, session or API token.", List.of(),
                Map.of("WWW-Authenticate", "Bearer realm=\"annex\""));
    }

    public static ProblemException tooManyAttempts(Duration retryAfter) {
        long seconds = Math.max(1, retryAfter.toSeconds());
        return new ProblemException(429, "too-many-attempts", "Too many sign-in attempts",
                "Too many failed sign-in attempts; try again in " + seconds + " seconds.", List.of(),
                Map.of("Retry-After", Long.toString(seconds)));
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
