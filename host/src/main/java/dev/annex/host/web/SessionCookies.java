package dev.annex.host.web;

import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;

/** The cookies of a browser session: the HttpOnly session itself and its readable CSRF twin. */
public final class SessionCookies {

    public static final Duration LIFETIME = Duration.ofHours(12);
    /** A tenant's browser session (HttpOnly) and its CSRF twin, which scripts read and echo. */
    public static final String SESSION = "annex_session";
    public static final String CSRF = "annex_csrf";
    /** The operator console's own pair: a tenant session in the same browser keeps its own. */
    public static final String OPERATOR_SESSION = "annex_operator_session";
    public static final String OPERATOR_CSRF = "annex_operator_csrf";

    private SessionCookies() {
    }

    public static NewCookie session(String name, String secret, UriInfo uri) {
        return cookie(name, secret, uri, true, (int) LIFETIME.toSeconds());
    }

    public static NewCookie csrf(String name, String value, UriInfo uri) {
        return cookie(name, value, uri, false, (int) LIFETIME.toSeconds());
    }

    public static NewCookie expired(String name, UriInfo uri) {
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
