package dev.annex.host.web;

import dev.annex.host.persistence.StatementCounter;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * With {@code annex.diagnostics.sql-count} on, every API answer says in
 * {@code X-Annex-Sql-Statements} how many SQL statements it took: a cheap way to see, and to
 * test, that a list costs the same few statements whatever the amount of data behind it.
 */
@Provider
@PreMatching
@Priority(1)
public class StatementCountFilter implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "X-Annex-Sql-Statements";

    @Inject
    @ConfigProperty(name = "annex.diagnostics.sql-count", defaultValue = "false")
    boolean enabled;

    @Override
    public void filter(ContainerRequestContext request) {
        if (enabled) {
            StatementCounter.reset();
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (enabled) {
            response.getHeaders().putSingle(HEADER, Integer.toString(StatementCounter.count()));
        }
    }
}
