package dev.annex.host.web;

import dev.annex.host.web.problem.ProblemException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/**
 * Request bodies have a size limit, checked against {@code Content-Length} before anything —
 * sign-in included — reads a byte: a 30 MB {@code POST /session} is answered 413 at once. Bodies
 * without a length are cut off at the same limit while they are read ({@link StrictJsonReader}).
 * Plugin jars, uploaded by the operator, may be larger.
 */
@Provider
@PreMatching
@Priority(10)
public class RequestLimits implements ContainerRequestFilter {

    /** JSON bodies: a ticket with a long description is some kilobytes. */
    static final int JSON_BYTES = 1024 * 1024;
    /** The operator's plugin uploads. */
    static final long PLUGIN_BYTES = 64L * 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return;
        }
        long declared;
        try {
            declared = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return; // the container refuses a malformed length itself
        }
        long limit = request.getUriInfo().getPath().startsWith("operator/plugins") ? PLUGIN_BYTES : JSON_BYTES;
        if (declared > limit) {
            throw tooLarge(limit);
        }
    }

    static ProblemException tooLarge(long limit) {
        return new ProblemException(413, "too-large", "Content too large",
                "The request body is larger than the " + (limit / 1024) + " KiB this endpoint accepts.", List.of(),
                Map.of("Connection", "close"));
    }
}
