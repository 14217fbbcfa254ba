package it.dev.annex.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.testkit.server.Api;
import it.dev.annex.support.PluginJars;
import dev.annex.plugin.testkit.server.Reply;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, defect 9: every error answer is a problem without internals, the features Liberty
 * serves itself carry the security headers, a body's size is checked before it is read, and a
 * tenant admin sees only the plugins the operator turned on for the tenant.
 */
class LeaksAndLimitsIT {

    private static void assertNoInternals(Reply reply) {
        assertEquals("application/problem+json", reply.header("Content-Type"), reply::body);
        for (String leak : List.of("Exception", "SRVE", "at com.", "at java.", "/tmp/", "annex-plugin-upload")) {
            assertFalse(reply.body().contains(leak), () -> leak + " in " + reply.body());
        }
    }

    @Test
    void libertysOwnErrorsAreProblemsWithoutInternals() {
        Reply unknownPage = Api.anonymous().get("/no/such/page.html");
        assertEquals(404, unknownPage.status());
        assertNoInternals(unknownPage);
        Reply unknownApi = Api.anonymous().get("/api/no-such-endpoint");
        assertEquals(404, unknownApi.status());
        assertNoInternals(unknownApi);
        Reply notAJar = PluginJars.upload("not a jar".getBytes(StandardCharsets.UTF_8));
        assertEquals(422, notAJar.status());
        assertNoInternals(notAJar);
    }

    @Test
    void healthAndOpenApiCarryTheSecurityHeaders() {
        for (String path : List.of("/health/ready", "/openapi")) {
            Reply reply = Api.anonymous().get(path);
            assertEquals(200, reply.status(), path);
            assertEquals("nosniff", reply.header("X-Content-Type-Options"), path);
            assertEquals("DENY", reply.header("X-Frame-Options"), path);
            assertNotNull(reply.header("Referrer-Policy"), path);
        }
    }

    /** The server must answer from the declared length alone: this client never sends the 30 MB. */
    @Test
    void anOversizedBodyIs413BeforeItIsRead() throws Exception {
        TestTenant tenant = TestTenant.create("limits");
        URI base = URI.create(Api.baseUrl());
        String answer;
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + tenant.path("/session") + " HTTP/1.1\r\nHost: " + base.getAuthority() + "\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + (30 * 1024 * 1024) + "\r\n\r\n{\"email\":")
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            byte[] buffer = new byte[4096];
            // Headers and the problem: read until the body of the answer has arrived.
            while (!read.toString(StandardCharsets.UTF_8).contains("}")) {
                int n = in.read(buffer);
                if (n < 0) {
                    break;
                }
                read.write(buffer, 0, n);
            }
            answer = read.toString(StandardCharsets.UTF_8);
        }
        assertTrue(answer.startsWith("HTTP/1.1 413"), answer);
        assertTrue(answer.contains("application/problem+json"), answer);
    }

    @Test
    void tenantAdminsSeeOnlyThePluginsTurnedOnForTheirTenant() {
        TestTenant tenant = TestTenant.create("avail");
        List<String> none = ids(tenant);
        assertTrue(none.isEmpty(), () -> "a new tenant has nothing on, yet sees " + none);
        TestTenant.OPERATOR.put("/api/operator/tenants/" + tenant.slug() + "/plugins/echo", null).expect(200);
        assertEquals(List.of("echo"), ids(tenant));
        String body = tenant.admin().get(tenant.path("/admin/plugins")).expect(200).body();
        assertFalse(body.contains("failing-start") || body.contains("wrong-api"), body);
    }

    private static List<String> ids(TestTenant tenant) {
        return tenant.admin().get(tenant.path("/admin/plugins")).expect(200).array().getValuesAs(JsonObject.class)
                .stream().map(p -> p.getJsonObject("plugin").getString("id")).toList();
    }
}
