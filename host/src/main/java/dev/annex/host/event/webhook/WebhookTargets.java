package dev.annex.host.event.webhook;

import dev.annex.host.refusal.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which URLs the host will call: absolute http or https URLs without credentials or fragment, and —
 * against server-side request forgery — no loopback, private, link-local or otherwise internal
 * address unless the operator allows them ({@code annex.webhooks.allow-private-targets}, set for
 * tests and a private network). Checked when a subscription is made (literal addresses and
 * {@code localhost}) and again before every delivery, on the addresses the name resolves to then,
 * so a name that later points inside is refused too. Redirects are never followed.
 */
@ApplicationScoped
public class WebhookTargets {

    static final int MAX_URL = 2000;

    private final boolean allowPrivate;

    @Inject
    public WebhookTargets(@ConfigProperty(name = "annex.webhooks.allow-private-targets", defaultValue = "false")
                          boolean allowPrivate) {
        this.allowPrivate = allowPrivate;
    }

    protected WebhookTargets() {
        this(false);
    }

    /** The URL as it will be called, or a refusal naming the field {@code url}. */
    public URI validate(String url) {
        if (url == null || url.isBlank()) {
            throw Refusal.invalid("url", "is required");
        }
        if (url.length() > MAX_URL) {
            throw Refusal.invalid("url", "must be at most " + MAX_URL + " characters");
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw Refusal.invalid("url", "is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw Refusal.invalid("url", "must be an http or https URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw Refusal.invalid("url", "must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw Refusal.invalid("url", "must not carry credentials");
        }
        if (uri.getRawFragment() != null) {
            throw Refusal.invalid("url", "must not have a fragment");
        }
        String host = host(uri);
        if (!allowPrivate && (host.equals("localhost") || host.endsWith(".localhost"))) {
            throw Refusal.invalid("url", "must not be a loopback or private address");
        }
        if (!allowPrivate && isLiteralAddress(host) && internal(literal(host))) {
            throw Refusal.invalid("url", "must not be a loopback or private address");
        }
        return uri;
    }

    /**
     * Before a delivery: why the URL may not be called now (its name resolves to an internal
     * address, or not at all), or null when it may.
     */
    String refusedNow(URI uri) {
        if (allowPrivate) {
            return null;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(host(uri))) {
                if (internal(address)) {
                    return "the host resolves to an internal address (" + address.getHostAddress()
                            + "), which annex.webhooks.allow-private-targets does not allow";
                }
            }
            return null;
        } catch (UnknownHostException e) {
            return "unknown host " + uri.getHost();
        }
    }

    private static String host(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static boolean isLiteralAddress(String host) {
        return host.contains(":") || host.matches("[0-9.]+");
    }

    private static InetAddress literal(String host) {
        try {
            // A literal address: no name lookup happens.
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw Refusal.invalid("url", "has an invalid address");
        }
    }

    static boolean internal(InetAddress address) {
        byte[] b = address.getAddress();
        boolean carrierNat = b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
        boolean uniqueLocal6 = b.length == 16 && (b[0] & 0xfe) == 0xfc;
        return address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress() || carrierNat || uniqueLocal6;
    }
}
