package dev.annex.plugin.api;

/**
 * A failure the caller can act on. Thrown from a plugin's endpoint, the host answers it as an
 * RFC 9457 problem with this status, naming the field when there is one, and rolls back the
 * request's transaction.
 *
 * <pre>{@code
 * throw PluginProblem.invalid("expiresAt", "must be in the future");
 * }</pre>
 *
 * @since 1.0.0
 */
public class PluginProblem extends RuntimeException {

    private final int status;
    private final String field;
    private final java.time.Duration retryAfter;

    public PluginProblem(int status, String field, String message) {
        this(status, field, message, null);
    }

    private PluginProblem(int status, String field, String message, java.time.Duration retryAfter) {
        super(message);
        this.status = status;
        this.field = field;
        this.retryAfter = retryAfter;
    }

    /**
     * 429 with {@code Retry-After}: too many failed attempts, try again later.
     *
     * @since 1.2.0
     */
    public static PluginProblem tooManyAttempts(java.time.Duration retryAfter, String message) {
        return new PluginProblem(429, null, message, retryAfter);
    }

    /** 422: a well-formed value that breaks a rule. */
    public static PluginProblem invalid(String field, String message) {
        return new PluginProblem(422, field, message);
    }

    /** 404: nothing of that id exists for this caller. */
    public static PluginProblem notFound(String message) {
        return new PluginProblem(404, null, message);
    }

    /** 403: the caller may not do this. */
    public static PluginProblem forbidden(String message) {
        return new PluginProblem(403, null, message);
    }

    /** 409: the request clashes with the current state. */
    public static PluginProblem conflict(String field, String message) {
        return new PluginProblem(409, field, message);
    }

    public int status() {
        return status;
    }

    /** The rejected field, or null. */
    public String field() {
        return field;
    }

    /**
     * How long the caller should wait before trying again (sent as {@code Retry-After}), or null.
     *
     * @since 1.2.0
     */
    public java.time.Duration retryAfter() {
        return retryAfter;
    }
}
