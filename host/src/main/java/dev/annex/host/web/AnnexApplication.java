package dev.annex.host.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * Every REST endpoint of the host lives under {@code /api}. Its OpenAPI document is served at
 * {@code /openapi} by {@code web.openapi.OpenApiServlet}, read from the resource classes.
 */
@ApplicationPath("/api")
public class AnnexApplication extends Application {
}
