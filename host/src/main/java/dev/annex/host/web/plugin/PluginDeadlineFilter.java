package dev.annex.host.web.plugin;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Gives every request of a tenant's API a {@link PluginDeadline}, which the plugin door arms when the
 * request turns out to be a call into a plugin. Requests the host serves itself pass through untouched.
 */
@WebFilter(filterName = "annex-plugin-deadline", urlPatterns = "/api/t/*")
public class PluginDeadlineFilter extends HttpFilter {

    @Inject
    PluginCallTimer timer;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        DeferredResponse deferred = new DeferredResponse(response);
        PluginDeadline deadline = new PluginDeadline(deferred, timer.scheduler(), request.getRequestURI());
        request.setAttribute(PluginDeadline.ATTRIBUTE, deadline);
        try {
            chain.doFilter(request, deferred);
        } finally {
            deadline.disarm();
        }
        deferred.release();
    }
}
