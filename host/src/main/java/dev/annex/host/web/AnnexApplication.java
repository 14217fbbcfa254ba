package dev.annex.host.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** Every REST endpoint of the host lives under {@code /api}. */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Annex", version = "0.1.0",
        description = "Plugin host for a help desk: tenants, people, tickets and plugins."))
public class AnnexApplication extends Application {
}
