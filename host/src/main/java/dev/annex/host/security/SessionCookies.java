package dev.annex.host.security;

import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;

/** The cookies of a browser session: the HttpOnly session itself and its readable CSRF twin. */
final class SessionCookies {

    static final Duration LIFETIME = Duration.ofHours(12);

    private SessionCookies() {
    }

    static NewCookie session(String name, String secret, UriInfo uri) {
        return cookie(name, secret, uri, true, (int) LIFETIME.toSeconds());
    }

    static NewCookie csrf(String name, String value, UriInfo uri) {
        return cookie(name, value, uri, false, (int) LIFETIME.toSeconds());
    }

    static NewCookie expired(String name, UriInfo uri) {
        return cookie(name, "", uri, true, 0);
    }

    private static NewCookie cookie(String name, String value, UriInfo uri, boolean httpOnly, int maxAge) {
        return new NewCookie.Builder(name)
                .value(value)
                .path("/")
                .httpOnly(httpOnly)
                .secure("https".equals(uri.getBaseUri().getScheme()))
                .sameSite(NewCookie.SameSite.STRICT)
                .maxAge(maxAge)
                .build();
    }
}
