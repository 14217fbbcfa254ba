package it.dev.annex.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.TestTenant;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the status line and the challenge say (issue 18, item 4): read off the raw socket, since
 * an HTTP client library hides the reason phrase.
 */
class StatusLineIT {

    /** The status line and headers of one HTTP/1.1 request, as the server wrote them. */
    private static List<String> exchange(String method, String path, String extraHeaders, String body) throws Exception {
        URI base = URI.create(Api.baseUrl());
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            byte[] content = body.getBytes(StandardCharsets.UTF_8);
            String request = method + " " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: " + content.length
                    + "\r\n" + extraHeaders + "\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.write(content);
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            List<String> lines = new ArrayList<>();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                lines.add(line);
            }
            return lines;
        }
    }

    private static String basic(TestTenant tenant) {
        return "Authorization: Basic " + Base64.getEncoder().encodeToString(
                (tenant.adminEmail() + ":" + TestTenant.PASSWORD).getBytes(StandardCharsets.UTF_8)) + "\r\n";
    }

    private static String header(List<String> lines, String name) {
        return lines.stream().filter(l -> l.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                .map(l -> l.substring(name.length() + 1).trim()).findFirst().orElse(null);
    }

    @Test
    void invalidInputAndAMissingIfMatchHaveTheirReasonPhrases() throws Exception {
        TestTenant tenant = TestTenant.create("status-line");
        List<String> invalid = exchange("POST", tenant.path("/tickets"), basic(tenant), "{\"subject\":\"\"}");
        assertEquals("HTTP/1.1 422 Unprocessable Content", invalid.get(0));
        long ticket = tenant.ticket(tenant.admin(), "Versioned");
        List<String> unconditional = exchange("PATCH", tenant.path("/tickets/" + ticket), basic(tenant),
                "{\"subject\":\"Changed\"}");
        assertEquals("HTTP/1.1 428 Precondition Required", unconditional.get(0));
    }

    @Test
    void aMissingSignInNamesBasicAndBearerButNotBasicToTheUisOwnFetches() throws Exception {
        TestTenant tenant = TestTenant.create("challenge");
        List<String> api = exchange("GET", tenant.path("/tickets"), "", "");
        assertEquals("HTTP/1.1 401 Unauthorized", api.get(0));
        String challenge = header(api, "WWW-Authenticate");
        assertTrue(challenge.startsWith("Basic realm=\"annex\"") && challenge.contains("Bearer realm=\"annex\""), challenge);

        List<String> fetch = exchange("GET", tenant.path("/tickets"), "Sec-Fetch-Mode: cors\r\n", "");
        assertEquals("Bearer realm=\"annex\"", header(fetch, "WWW-Authenticate"));
    }
}
