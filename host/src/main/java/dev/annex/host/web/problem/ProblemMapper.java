package dev.annex.host.web.problem;

import dev.annex.host.helpdesk.StaleVersionException;
import dev.annex.host.refusal.FieldError;
import dev.annex.host.refusal.Refusal;
import dev.annex.plugin.api.PluginProblem;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one exception mapper: every failure leaves the API as problem details. Exceptions arrive
 * wrapped in many ways (transaction interceptors, JSON binding, persistence), so the cause chain
 * is searched for the first exception that says what went wrong.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());
    private static final Pattern JSON_PROPERTY = Pattern.compile("property '([^']+)'");

    @Context
    UriInfo uriInfo;
    @Context
    HttpHeaders requestHeaders;

    @Override
    public Response toResponse(Throwable thrown) {
        Response response = respond(thrown, uriInfo);
        if (response.getStatus() == 401 && fromBrowserScript(requestHeaders)) {
            response.getHeaders().putSingle("WWW-Authenticate", Problems.BROWSER_CHALLENGE);
        }
        return response;
    }

    /**
     * A fetch of a page's script (the UI): browsers send Sec-Fetch-Mode, "navigate" only when the
     * address was opened as a page. Such a request is not offered Basic, which would pop up the
     * browser's password dialog over the UI's own sign-in.
     */
    static boolean fromBrowserScript(HttpHeaders headers) {
        String mode = headers == null ? null : headers.getHeaderString("Sec-Fetch-Mode");
        return mode != null && !mode.equalsIgnoreCase("navigate");
    }

    static Response respond(Throwable thrown, UriInfo uriInfo) {
        String instance = uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
        ProblemException problem = classify(thrown, instance);
        ProblemDetail body = new ProblemDetail(ProblemDetail.TYPE_BASE + problem.type(), problem.title(),
                problem.status(), problem.getMessage(), instance, problem.errors());
        // With its reason phrase: the container has none for 422 or 428 and would say "Undefined".
        Response.ResponseBuilder response = Response.status(problem.status(), ReasonPhrases.of(problem.status()))
                .type(ProblemDetail.MEDIA_TYPE)
                .entity(body);
        problem.headers().forEach(response::header);
        return response.build();
    }

    private static ProblemException classify(Throwable thrown, String instance) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof ProblemException problem) {
                return problem;
            }
            if (cause instanceof Refusal refusal) {
                return Problems.of(refusal);
            }
            if (cause instanceof StaleVersionException stale) {
                return Problems.staleVersion(stale.currentVersion());
            }
            if (cause instanceof PluginProblem plugin) {
                return fromPlugin(plugin);
            }
            if (cause instanceof ConstraintViolationException violations) {
                return Problems.invalid(fieldErrors(violations));
            }
            if (cause instanceof JsonbException json) {
                return unreadableJson(json);
            }
            if (cause instanceof OptimisticLockException) {
                return Problems.conflict(null, "Someone else changed this at the same time; read it again and retry.");
            }
        }
        if (TransientConflicts.isTransient(thrown)) {
            LOG.log(Level.INFO, "Lock conflict serving " + instance + "; answered 503 to retry: " + thrown);
            return Problems.busy(Duration.ofSeconds(TransientConflicts.RETRY_AFTER_SECONDS));
        }
        if (thrown instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            String title = Response.Status.fromStatusCode(status) == null ? "Error"
                    : Response.Status.fromStatusCode(status).getReasonPhrase();
            if (status == 400) {
                return Problems.badRequest(null, web.getMessage());
            }
            return new ProblemException(status, "http-" + status, title, title, List.of(), Map.of());
        }
        LOG.log(Level.SEVERE, "Unexpected failure serving " + instance, thrown);
        return new ProblemException(500, "internal", "Internal error",
                "The server failed unexpectedly; the failure is logged.", List.of(), Map.of());
    }

    private static ProblemException fromPlugin(PluginProblem problem) {
        int status = problem.status() >= 400 && problem.status() < 500 ? problem.status() : 400;
        String title = Response.Status.fromStatusCode(status) == null ? "Rejected"
                : Response.Status.fromStatusCode(status).getReasonPhrase();
        List<FieldError> errors = problem.field() == null ? List.of() : List.of(new FieldError(problem.field(), problem.getMessage()));
        String detail = problem.field() == null ? problem.getMessage() : problem.field() + ": " + problem.getMessage();
        Map<String, String> headers = problem.retryAfter() == null ? Map.of()
                : Map.of("Retry-After", Long.toString(Math.max(1, problem.retryAfter().toSeconds())));
        return new ProblemException(status, status == 422 ? "validation" : "http-" + status, title, detail, errors, headers);
    }

    private static ProblemException unreadableJson(JsonbException json) {
        String field = null;
        for (Throwable cause = json; cause != null; cause = cause.getCause()) {
            Matcher matcher = JSON_PROPERTY.matcher(String.valueOf(cause.getMessage()));
            if (matcher.find()) {
                field = matcher.group(1);
                break;
            }
        }
        return Problems.badRequest(field, field == null
                ? "The body is not valid JSON for this request."
                : "has the wrong type or format");
    }

    static List<FieldError> fieldErrors(ConstraintViolationException violations) {
        return violations.getConstraintViolations().stream()
                .map(violation -> new FieldError(fieldName(violation), violation.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
    }

    /** The leaf of the property path: {@code create.request.subject} → {@code subject}. */
    private static String fieldName(ConstraintViolation<?> violation) {
        String name = "body";
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.PARAMETER) {
                name = node.getName();
            }
        }
        return name;
    }
}
