package dev.annex.host.web.problem;

import dev.annex.host.refusal.FieldError;
import dev.annex.host.refusal.FieldError;
import java.util.List;
import java.util.Map;

/**
 * A failure the caller can act on, carried to the edge and written as RFC 9457 problem details.
 * Thrown inside a transaction, it rolls the transaction back like any runtime exception.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<FieldError> errors;
    private final Map<String, String> headers;

    public ProblemException(int status, String type, String title, String detail, List<FieldError> errors,
                            Map<String, String> headers) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
