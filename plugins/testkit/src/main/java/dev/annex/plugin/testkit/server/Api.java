package dev.annex.plugin.testkit.server;

import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An HTTP client for one caller of the running server ({@link AnnexServer#url()}): anonymous, HTTP
 * Basic, a bearer token, or a browser-like cookie jar. Immutable; {@link #header} returns a copy.
 * Paths are absolute ({@code /api/t/acme/tickets}); {@link TestTenant#path} builds a tenant's.
 */
public final class Api {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final int BUSY_RETRIES = 3;
    private static final String BUSY_TYPE = "\"type\":\"https://annex.dev/problems/busy\"";

    private final HttpClient http;
    private final Map<String, String> headers;
    /** The server called; null for {@link AnnexServer#url()}. */
    private final String base;

    private Api(HttpClient http, Map<String, String> headers) {
        this(http, headers, null);
    }

    private Api(HttpClient http, Map<String, String> headers, String base) {
        this.http = http;
        this.headers = Map.copyOf(headers);
        this.base = base;
    }

    /** The same caller, of another server than {@link AnnexServer#url()} (one a test starts itself). */
    public Api at(String baseUrl) {
        return new Api(http, headers, baseUrl);
    }

    /** {@link AnnexServer#url()}. */
    public static String baseUrl() {
        return AnnexServer.url();
    }

    public static Api anonymous() {
        return new Api(client().build(), Map.of());
    }

    /**
     * HTTP/1.1, as browsers speak to a plain-http server. The JDK client otherwise tries an h2c
     * upgrade, and parallel first requests of one client then stall until they time out.
     */
    private static HttpClient.Builder client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT);
    }

    public static Api basic(String user, String password) {
        String encoded = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return anonymous().header("Authorization", "Basic " + encoded);
    }

    public static Api bearer(String token) {
        return anonymous().header("Authorization", "Bearer " + token);
    }

    /** A client that keeps cookies between calls, as a browser does. */
    public static Api withCookies() {
        return new Api(client().cookieHandler(new CookieManager()).build(), Map.of());
    }

    public Api header(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new Api(http, copy, base);
    }

    public Reply get(String path) {
        return send("GET", path, null);
    }

    public Reply post(String path, Object body) {
        return send("POST", path, body);
    }

    public Reply patch(String path, Object body) {
        return send("PATCH", path, body);
    }

    public Reply put(String path, Object body) {
        return send("PUT", path, body);
    }

    public Reply delete(String path) {
        return send("DELETE", path, null);
    }

    /**
     * {@code body} is sent as JSON: a {@link JsonValue}, or a String taken to be JSON text already.
     * A 503 "busy" problem (the database chose this request as a lock conflict's victim and wrote
     * nothing) is sent again after its Retry-After, up to {@value #BUSY_RETRIES} times, as the
     * problem asks every client to do; each retry is printed, so the test output shows them.
     */
    public Reply send(String method, String path, Object body) {
        Reply reply = sendOnce(method, path, body);
        for (int retry = 1; retry <= BUSY_RETRIES && isBusy(reply); retry++) {
            System.out.println("Busy (HTTP 503, lock conflict) on " + method + " " + path + "; sent again, retry "
                    + retry + ": " + reply.body());
            pause(reply.header("Retry-After"));
            reply = sendOnce(method, path, body);
        }
        return reply;
    }

    private static boolean isBusy(Reply reply) {
        // Only a well-formed one: a 503 without Retry-After or problem body reaches the test as it came.
        return reply.status() == 503 && reply.header("Retry-After") != null
                && "application/problem+json".equals(reply.header("Content-Type"))
                && reply.body() != null && reply.body().contains(BUSY_TYPE);
    }

    /** Waits as long as the answer asked (a retry's pause, not a wait for a condition). */
    private static void pause(String retryAfter) {
        long seconds = retryAfter.matches("\\d{1,2}") ? Long.parseLong(retryAfter) : 1;
        try {
            Thread.sleep(Duration.ofSeconds(seconds).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private Reply sendOnce(String method, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create((base == null ? baseUrl() : base) + path)).timeout(TIMEOUT);
        headers.forEach(request::header);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json");
            request.method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
