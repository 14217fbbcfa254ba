package dev.annex.host.web;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes {@code annex.public-url} the address of every request before anything reads it, so
 * absolute links ({@code Location}, {@code UriInfo}'s builders, the cookies' Secure flag) come
 * from the operator's setting, never from the request's {@code Host} header, which the client
 * chooses ({@code Host: evil.example} must not produce links to evil.example).
 */
@Provider
@PreMatching
@Priority(0)
public class PublicAddressFilter implements ContainerRequestFilter {

    /** Field-injected: RESTEasy creates its providers with their no-argument constructor. */
    @Inject
    @ConfigProperty(name = "annex.public-url", defaultValue = "http://localhost:9080")
    String publicUrlSetting;
    private volatile URI publicUrl;

    @Override
    public void filter(ContainerRequestContext request) {
        URI base = request.getUriInfo().getBaseUri();
        URI requested = request.getUriInfo().getRequestUri();
        request.setRequestUri(onPublicAddress(base), onPublicAddress(requested));
    }

    private URI publicUrl() {
        URI url = publicUrl;
        if (url == null) {
            String setting = publicUrlSetting.endsWith("/")
                    ? publicUrlSetting.substring(0, publicUrlSetting.length() - 1) : publicUrlSetting;
            url = URI.create(setting);
            publicUrl = url;
        }
        return url;
    }

    /** The same path and query under the public address (its scheme, host, port and path prefix). */
    private URI onPublicAddress(URI uri) {
        URI publicUrl = publicUrl();
        // Raw parts of valid URIs, joined as text: a builder would take "{" in a path for a template.
        String prefix = publicUrl.getRawPath() == null ? "" : publicUrl.getRawPath();
        return URI.create(publicUrl.getScheme() + "://" + publicUrl.getRawAuthority() + prefix + uri.getRawPath()
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }
}
