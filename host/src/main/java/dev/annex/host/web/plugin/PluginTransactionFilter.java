package dev.annex.host.web.plugin;

import dev.annex.host.plugin.runtime.PluginProblems;
import dev.annex.host.web.problem.ProblemDetail;
import dev.annex.host.web.problem.TransientConflicts;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.io.ByteArrayOutputStream;
import java.lang.annotation.Annotation;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs each call to a plugin's own endpoint (known by the {@link PluginCall} its door recorded) in one transaction, so the plugin's writes and the
 * host services it calls commit together, and an error answer (4xx, 5xx) leaves nothing behind.
 * The answer is serialised before the commit: a plugin that returns a value JSON cannot write
 * gets a 500 naming it, with nothing written, rather than a committed change and a broken reply.
 */
@Provider
@Priority(Priorities.USER)
public class PluginTransactionFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final Logger LOG = Logger.getLogger(PluginTransactionFilter.class.getName());
    private static final String ACTIVE = PluginTransactionFilter.class.getName();

    @Resource
    UserTransaction transaction;
    @Context
    Providers providers;
    @Inject
    PluginProblems problems;
    @Inject
    PluginCall pluginCall;
    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        if (pluginCall.pluginId() == null) {
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
        // Ended here, whatever happens: a response filtered again (an error while writing it) must
        // not try to end a transaction that no longer exists.
        request.removeProperty(ACTIVE);
        String pluginId = pluginCall.pluginId();
        String instance = request.getUriInfo().getRequestUri().getRawPath();
        PluginDeadline deadline = PluginDeadline.of(servletRequest);
        if (deadline != null && !deadline.keepAnswer()) {
            // The caller was told 504, that the plugin's changes were rolled back.
            rollback();
            return;
        }
        if (response.getStatus() < 400) {
            String unwritable = serialise(response);
            if (unwritable != null) {
                rollback();
                String detail = "Plugin " + pluginId + " returned a response that cannot be serialised: " + unwritable;
                LOG.log(Level.SEVERE, detail + " (" + instance + ")");
                problems.record(pluginId, detail);
                problem(response, instance, 500, "internal", "Internal error", detail + ". Nothing was written.");
                return;
            }
        }
        try {
            if (response.getStatus() >= 400 || transaction.getStatus() == Status.STATUS_MARKED_ROLLBACK) {
                transaction.rollback();
            } else {
                transaction.commit();
            }
        } catch (Exception e) {
            if (TransientConflicts.isTransient(e)) {
                LOG.log(Level.INFO, "Plugin " + pluginId + " endpoint lost a lock conflict at commit; answered 503: " + e);
                problem(response, instance, 503, "busy", "Busy", TransientConflicts.DETAIL);
                response.getHeaders().putSingle("Retry-After", Long.toString(TransientConflicts.RETRY_AFTER_SECONDS));
            } else {
                LOG.log(Level.WARNING, "Plugin " + pluginId + " endpoint's transaction did not commit", e);
                problem(response, instance, 409, "conflict", "Conflict",
                        "The change could not be saved; nothing was written. Read again and retry.");
            }
        }
    }

    /**
     * Writes the entity to bytes, in the transaction, with the writer that would write it anyway.
     *
     * @return null when written, else why it cannot be
     */
    private String serialise(ContainerResponseContext response) {
        Object entity = response.getEntity();
        if (entity == null || entity instanceof byte[] || entity instanceof String || entity instanceof InputStream) {
            return null;
        }
        MediaType type = response.getMediaType() == null ? MediaType.APPLICATION_JSON_TYPE : response.getMediaType();
        @SuppressWarnings("unchecked")
        MessageBodyWriter<Object> writer = (MessageBodyWriter<Object>) providers.getMessageBodyWriter(
                response.getEntityClass(), response.getEntityType(), response.getEntityAnnotations(), type);
        if (writer == null) {
            return "no writer for " + response.getEntityClass().getName() + " as " + type;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            writer.writeTo(entity, response.getEntityClass(), response.getEntityType(), response.getEntityAnnotations(),
                    type, response.getHeaders(), bytes);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Cannot serialise a plugin's response", e);
            return rootMessage(e);
        }
        response.setEntity(bytes.toByteArray(), response.getEntityAnnotations(), type);
        return null;
    }

    private void rollback() {
        try {
            transaction.rollback();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "A plugin endpoint's transaction did not roll back", e);
        }
    }

    private static void problem(ContainerResponseContext response, String instance, int status, String type,
                                String title, String detail) {
        response.setStatus(status);
        response.getHeaders().putSingle("Content-Type", ProblemDetail.MEDIA_TYPE);
        response.setEntity(new ProblemDetail(ProblemDetail.TYPE_BASE + type, title, status, detail, instance, List.of()),
                new Annotation[0], MediaType.valueOf(ProblemDetail.MEDIA_TYPE));
    }

    private static String rootMessage(Throwable thrown) {
        Throwable root = thrown;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }


}
