package dev.annex.host.security;

/**
 * What a request presents to show who sends it, taken from the HTTP request by the web layer.
 *
 * @param method        the HTTP method: cookie-authenticated writes must also carry a CSRF token
 * @param authorization the {@code Authorization} header (Basic or Bearer), or null
 * @param session       the session cookie's secret, or null
 * @param csrfCookie    the CSRF cookie that goes with the session, or null
 * @param csrfHeader    the CSRF header a script copied from that cookie, or null
 */
public record PresentedCredentials(String method, String authorization, String session, String csrfCookie,
                                   String csrfHeader) {
}
