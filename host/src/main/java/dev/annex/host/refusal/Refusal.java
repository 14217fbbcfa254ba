package dev.annex.host.refusal;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * A request the host turns down, said in the host's terms rather than HTTP's: services throw it,
 * and the web layer alone decides how it is answered (an RFC 9457 problem, see
 * {@code web.problem.Problems}). Thrown inside a transaction, it rolls the transaction back like
 * any runtime exception, so a refused change leaves nothing behind.
 */
public final class Refusal extends RuntimeException {

    /** Why the request is refused; each reason has one answer at the edge. */
    public enum Reason {
        /** Well-formed input that breaks a rule; names the fields. */
        INVALID,
        /** No such thing, or none the caller may know of. */
        NOT_FOUND,
        /** The request contradicts what is stored (a taken name, a duplicate). */
        CONFLICT,
        /** The caller is known but may not do this. */
        FORBIDDEN,
        /** The caller could not be identified. */
        UNAUTHENTICATED,
        /** The caller is held back for a while (password guessing). */
        TOO_MANY_ATTEMPTS,
        /**
         * What the request needs is out of reach for now (the help desk a tenant fronts is down or
         * slow); nothing was changed and the same request may succeed later.
         */
        UNAVAILABLE
    }

    private final Reason reason;
    private final List<FieldError> errors;
    private final Duration retryAfter;

    private Refusal(Reason reason, String detail, List<FieldError> errors, Duration retryAfter) {
        super(detail);
        this.reason = Objects.requireNonNull(reason);
        this.errors = List.copyOf(errors);
        this.retryAfter = retryAfter;
    }

    public static Refusal invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static Refusal invalid(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return new Refusal(Reason.INVALID, detail, errors, null);
    }

    public static Refusal notFound(String what, Object id) {
        return new Refusal(Reason.NOT_FOUND, "No " + what + " " + id, List.of(), null);
    }

    /** @param field the field whose value conflicts, or null when it is the request as a whole */
    public static Refusal conflict(String field, String detail) {
        return new Refusal(Reason.CONFLICT, detail, field == null ? List.of() : List.of(new FieldError(field, detail)),
                null);
    }

    public static Refusal forbidden(String detail) {
        return new Refusal(Reason.FORBIDDEN, detail, List.of(), null);
    }

    public static Refusal unauthenticated() {
        return new Refusal(Reason.UNAUTHENTICATED, "Sign in with a valid email and password, session or API token.",
                List.of(), null);
    }

    public static Refusal tooManyAttempts(Duration retryAfter) {
        return tooManyAttempts(retryAfter, "Too many failed sign-in attempts; try again in "
                + Math.max(1, retryAfter.toSeconds()) + " seconds.");
    }

    public static Refusal tooManyAttempts(Duration retryAfter, String detail) {
        return new Refusal(Reason.TOO_MANY_ATTEMPTS, detail, List.of(), Duration.ofSeconds(Math.max(1, retryAfter.toSeconds())));
    }

    /** @param retryAfter how long the caller should wait before sending the request again */
    public static Refusal unavailable(String detail, Duration retryAfter) {
        return new Refusal(Reason.UNAVAILABLE, detail, List.of(), Duration.ofSeconds(Math.max(1, retryAfter.toSeconds())));
    }

    public Reason reason() {
        return reason;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** When the caller may try again; null unless {@link Reason#TOO_MANY_ATTEMPTS}. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
