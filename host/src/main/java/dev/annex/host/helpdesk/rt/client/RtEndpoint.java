package dev.annex.host.helpdesk.rt.client;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Where an RT instance answers and how Annex signs in.
 *
 * @param baseUrl RT's web address, e.g. {@code https://rt.example.com} or {@code …/rt} when RT is
 *                served under a path; REST 2 is at {@code baseUrl + "/REST/2.0/"}
 * @param timeout how long one request may take before RT counts as unavailable
 */
public record RtEndpoint(URI baseUrl, RtCredentials credentials, Duration timeout) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    public RtEndpoint {
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(timeout, "timeout");
        baseUrl = normalised(baseUrl);
    }

    public RtEndpoint(URI baseUrl, RtCredentials credentials) {
        this(baseUrl, credentials, DEFAULT_TIMEOUT);
    }

    /** The REST 2 address of {@code path} (relative, without a leading slash). */
    public URI rest(String path) {
        return URI.create(baseUrl + "/REST/2.0/" + path);
    }

    /**
     * Accepts an absolute http(s) address without user info, query or fragment, and drops a
     * trailing slash.
     *
     * @throws IllegalArgumentException saying what is wrong, for the operator
     */
    public static URI normalised(URI url) {
        Objects.requireNonNull(url, "baseUrl");
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("must be an http or https address");
        }
        if (url.getHost() == null || url.getHost().isBlank()) {
            throw new IllegalArgumentException("must name a host");
        }
        if (url.getRawUserInfo() != null || url.getRawQuery() != null || url.getRawFragment() != null) {
            throw new IllegalArgumentException("must not carry credentials, a query or a fragment");
        }
        String text = url.toString();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return URI.create(text);
    }
}
