package dev.annex.host.web.ui;

import dev.annex.plugin.api.rest.ApiAnswer;
import dev.annex.host.plugin.runtime.PluginEntry;
import dev.annex.host.plugin.runtime.PluginRuntime;
import dev.annex.host.web.Anonymous;
import dev.annex.host.web.problem.Problems;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Serves the UI modules packed in a plugin jar's {@code ui/} folder. The URL carries the plugin's
 * version, so a module can be cached for a year: an upgrade changes the URL. A version that is no
 * longer installed answers 404 rather than another version's code.
 */
@Anonymous
@Path("plugin-assets/{pluginId}/{version}/{file: .+}")
public class PluginAssetResource {

    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*\\.[a-z0-9]+");
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=utf-8", "mjs", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "svg", "image/svg+xml", "png", "image/png", "json", "application/json");

    @Inject
    PluginRuntime runtime;

    @GET
    @ApiAnswer(status = 200, body = String.class, description = "The file (JavaScript, CSS or an image)")
    public Response asset(@PathParam("pluginId") String pluginId, @PathParam("version") String version,
                          @PathParam("file") String file) {
        PluginEntry plugin = runtime.catalog().started(pluginId)
                .filter(entry -> entry.info().version().equals(version))
                .orElseThrow(() -> Problems.notFound("plugin", pluginId + " " + version));
        String extension = file.substring(file.lastIndexOf('.') + 1);
        if (!SAFE_PATH.matcher(file).matches() || !TYPES.containsKey(extension)) {
            throw Problems.notFound("asset", file);
        }
        InputStream content = plugin.classLoader().getResourceAsStream("ui/" + file);
        if (content == null) {
            throw Problems.notFound("asset", file);
        }
        CacheControl forever = new CacheControl();
        forever.setMaxAge(31_536_000);
        forever.setPrivate(false);
        return Response.ok(content, TYPES.get(extension))
                .cacheControl(forever)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }
}
