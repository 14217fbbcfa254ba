package dev.annex.host.web.openapi;

import dev.annex.host.plugin.runtime.PluginEntry;
import dev.annex.host.plugin.runtime.PluginRuntime;
import dev.annex.host.web.plugin.TenantPluginResource;
import dev.annex.plugin.api.rest.RestContext;
import dev.annex.plugin.api.rest.RestExtension;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * {@code GET /openapi}: the OpenAPI 3.1 document of the host and of every started plugin, built
 * for each request from the resource classes, so installing, upgrading or removing a plugin
 * changes it at once.
 */
@WebServlet(name = "annex-openapi", urlPatterns = {"/openapi", "/openapi.json"})
public class OpenApiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PluginRuntime runtime;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String server = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath();
        String json = Json.write(OpenApiDocument.of(ResourceClasses.roots(getServletContext()), plugins(), server));
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
    }

    private List<OpenApiDocument.PluginPaths> plugins() {
        return plugins(runtime.catalog().all());
    }

    /** The started ones of these plugins, as the document describes them. */
    static List<OpenApiDocument.PluginPaths> plugins(Collection<PluginEntry> entries) {
        List<OpenApiDocument.PluginPaths> plugins = new ArrayList<>();
        for (PluginEntry entry : entries) {
            if (!entry.started()) {
                continue;
            }
            Class<?> resource = entry.rest().isEmpty() ? null : resourceClass(entry.rest().get(0));
            plugins.add(new OpenApiDocument.PluginPaths(entry.info().id(), entry.info().id(),
                    entry.info().description(), resource, TenantPluginResource.Description.class));
        }
        plugins.sort(Comparator.comparing(OpenApiDocument.PluginPaths::id));
        return plugins;
    }

    /**
     * The class of the plugin's resource, from the return type its {@code resource} method
     * declares (a plugin that declares {@code Object} has only its description documented).
     */
    static Class<?> resourceClass(RestExtension extension) {
        try {
            Class<?> type = extension.getClass().getMethod("resource", RestContext.class).getReturnType();
            return type == Object.class ? null : type;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
