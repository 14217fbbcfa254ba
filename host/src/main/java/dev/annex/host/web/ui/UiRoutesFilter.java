package dev.annex.host.web.ui;

import dev.annex.host.tenant.TenantSlug;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * The UI is one page that routes on the client: every path under {@code /t/{tenant}/} and
 * {@code /operator/} is answered with {@code index.html}, whose scripts read the path. The page is
 * never cached, so a new release is picked up at once; its modules under {@code /app/} are
 * revalidated on each load.
 */
@WebFilter(filterName = "annex-ui-routes", urlPatterns = "/*")
public class UiRoutesFilter extends HttpFilter {

    /** A tenant's slug as the URL carries it; anything else is left to the container (404). */
    private static final Pattern TENANT_ROOT = Pattern.compile("/t/" + TenantSlug.PATTERN);
    private static final Pattern TENANT_ROUTE = Pattern.compile("/t/" + TenantSlug.PATTERN + "/[A-Za-z0-9/_-]*");
    private static final Pattern OPERATOR_ROUTE = Pattern.compile("/operator/[A-Za-z0-9/_-]*");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            chain.doFilter(request, response);
            return;
        }
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (read && (TENANT_ROOT.matcher(path).matches() || "/operator".equals(path))) {
            response.sendRedirect(request.getContextPath() + path + "/");
            return;
        }
        if (read && (TENANT_ROUTE.matcher(path).matches() || OPERATOR_ROUTE.matcher(path).matches())) {
            response.setHeader("Cache-Control", "no-cache");
            request.getRequestDispatcher("/index.html").forward(request, response);
            return;
        }
        if (path.startsWith("/app/") || "/".equals(path) || "/index.html".equals(path)) {
            response.setHeader("Cache-Control", "no-cache");
        }
        chain.doFilter(request, response);
    }
}
