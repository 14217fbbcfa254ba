package dev.annex.host.web.problem;

import jakarta.json.Json;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The container's error page (WEB-INF/web.xml): the errors Liberty answers itself, outside the
 * REST API's exception mapping, as RFC 9457 problems — the status and its reason phrase, never
 * the exception, its message or a stack frame (those go to the log).
 */
@WebServlet(name = "annex-error-page", urlPatterns = "/error-problem")
public class ErrorPageServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : HttpServletResponse.SC_NOT_FOUND;
        Object thrown = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (thrown instanceof Throwable failure) {
            LOG.log(Level.SEVERE, "Failure outside the API serving " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
                    failure);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        String type = status == 500 ? "internal" : status == 404 ? "not-found" : "http-" + status;
        String detail = status >= 500 ? "The server failed unexpectedly; the failure is logged."
                : status == 404 ? "There is nothing at this address." : title;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        var body = Json.createObjectBuilder()
                .add("type", ProblemDetail.TYPE_BASE + type)
                .add("title", title)
                .add("status", status)
                .add("detail", detail);
        if (uri instanceof String path) {
            body.add("instance", path);
        }
        body.add("errors", Json.createArrayBuilder());
        response.setStatus(status);
        // No charset parameter: JSON is UTF-8 by definition, and the API's problems carry none either.
        response.setContentType(ProblemDetail.MEDIA_TYPE);
        response.getOutputStream().write(body.build().toString().getBytes(StandardCharsets.UTF_8));
    }
}
