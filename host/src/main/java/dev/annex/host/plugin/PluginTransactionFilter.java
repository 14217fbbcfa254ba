package dev.annex.host.plugin;

import dev.annex.host.web.problem.ProblemDetail;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs each call to a plugin's own endpoint in one transaction, so the plugin's writes and the
 * host services it calls commit together, and an error answer (4xx, 5xx) leaves nothing behind.
 */
@Provider
@Priority(Priorities.USER)
public class PluginTransactionFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(PluginTransactionFilter.class.getName());
    private static final String ACTIVE = PluginTransactionFilter.class.getName();

    @Resource
    UserTransaction transaction;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!isPluginEndpoint(request.getUriInfo().getPathSegments().stream().map(s -> s.getPath()).toList())) {
            return;
        }
        try {
            transaction.begin();
            request.setProperty(ACTIVE, Boolean.TRUE);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot begin a transaction for a plugin endpoint", e);
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(ACTIVE) == null) {
            return;
        }
        try {
            if (response.getStatus() >= 400 || transaction.getStatus() == Status.STATUS_MARKED_ROLLBACK) {
                transaction.rollback();
            } else {
                transaction.commit();
            }
        } catch (Exception e) {
            LOG.log(Level.WARNING, "A plugin endpoint's transaction did not commit", e);
            response.setStatus(409);
            response.getHeaders().putSingle("Content-Type", ProblemDetail.MEDIA_TYPE);
            response.setEntity(new ProblemDetail("https://annex.dev/problems/conflict", "Conflict", 409,
                    "The change could not be saved; nothing was written. Read again and retry.",
                    request.getUriInfo().getRequestUri().getRawPath(), List.of()));
        }
    }

    /** {@code t/{tenant}/plugins/{pluginId}/…}: deeper than the host's own description of the plugin. */
    static boolean isPluginEndpoint(List<String> segments) {
        return segments.size() > 4 && segments.get(0).equals("t") && segments.get(2).equals("plugins");
    }
}
