package it.dev.annex.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.Reply;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, defects 5–7: a password change ends the person's other sessions and tokens, the CSRF
 * token belongs to its session, and absolute links never come from the request's Host header.
 */
class SessionSecurityIT {

    private static String signIn(String email) {
        return Json.createObjectBuilder().add("email", email).add("password", TestTenant.PASSWORD).build().toString();
    }

    private static String token(TestTenant tenant, String email) {
        return tenant.as(email).post(tenant.path("/me/tokens"), "{\"name\":\"laptop\"}").expect(201).json()
                .getString("secret");
    }

    private static String password(String password) {
        return Json.createObjectBuilder().add("password", password).build().toString();
    }

    @Test
    void aPasswordResetByAnAdminEndsEverySessionAndToken() {
        TestTenant tenant = TestTenant.create("reset");
        String email = "victim@" + tenant.slug() + ".example";
        long id = tenant.person(email, "AGENT", null);
        Api session = Api.withCookies();
        session.post(tenant.path("/session"), signIn(email)).expect(200);
        String token = token(tenant, email);
        session.get(tenant.path("/me")).expect(200);
        Api.bearer(token).get(tenant.path("/me")).expect(200);

        tenant.admin().patch(tenant.path("/people/" + id), password("reset-by-admin-1")).expect(200);

        session.get(tenant.path("/me")).expectProblem(401);
        Api.bearer(token).get(tenant.path("/me")).expectProblem(401);
        Api.basic(email, "reset-by-admin-1").get(tenant.path("/me")).expect(200);
    }

    @Test
    void changingOnesOwnPasswordKeepsOnlyTheCurrentSession() {
        TestTenant tenant = TestTenant.create("change");
        // Tenant admins change their own password through /people (there is no other way yet).
        String email = "changer@" + tenant.slug() + ".example";
        long id = tenant.person(email, "TENANT_ADMIN", null);
        Api here = Api.withCookies();
        String csrf = here.post(tenant.path("/session"), signIn(email)).expect(200).json().getString("csrfToken");
        Api elsewhere = Api.withCookies();
        elsewhere.post(tenant.path("/session"), signIn(email)).expect(200);
        String token = token(tenant, email);

        here.header("X-CSRF-Token", csrf).patch(tenant.path("/people/" + id), password("my-new-password-1")).expect(200);

        here.get(tenant.path("/me")).expect(200);
        elsewhere.get(tenant.path("/me")).expectProblem(401);
        Api.bearer(token).get(tenant.path("/me")).expectProblem(401);
    }

    @Test
    void aCsrfTokenWorksOnlyWithItsOwnSession() {
        TestTenant tenant = TestTenant.create("csrf");
        String email = tenant.adminEmail();
        Reply signedIn = Api.anonymous().post(tenant.path("/session"), signIn(email)).expect(200);
        String session = cookie(signedIn, "annex_session");
        String csrf = signedIn.json().getString("csrfToken");
        String otherCsrf = Api.anonymous().post(tenant.path("/session"), signIn(email)).expect(200).json()
                .getString("csrfToken");
        String ticket = "{\"subject\":\"csrf\"}";

        // A planted cookie with a header to match: the classic double-submit bypass.
        Api.anonymous().header("Cookie", "annex_session=" + session + "; annex_csrf=planted")
                .header("X-CSRF-Token", "planted").post(tenant.path("/tickets"), ticket).expectProblem(403);
        // Another session's genuine token.
        Api.anonymous().header("Cookie", "annex_session=" + session + "; annex_csrf=" + otherCsrf)
                .header("X-CSRF-Token", otherCsrf).post(tenant.path("/tickets"), ticket).expectProblem(403);
        Api.anonymous().header("Cookie", "annex_session=" + session + "; annex_csrf=" + csrf)
                .header("X-CSRF-Token", csrf).post(tenant.path("/tickets"), ticket).expect(201);
    }

    @Test
    void locationComesFromThePublicUrlNotTheHostHeader() throws Exception {
        TestTenant tenant = TestTenant.create("host");
        URI base = URI.create(Api.baseUrl());
        String body = "{\"subject\":\"where am I\"}";
        String auth = Base64.getEncoder().encodeToString((tenant.adminEmail() + ":" + TestTenant.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        // The JDK's HTTP client will not send a Host of its choosing: a plain socket does.
        String answer;
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + tenant.path("/tickets") + " HTTP/1.1\r\nHost: evil.example\r\n"
                    + "Authorization: Basic " + auth + "\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n"
                    + body).getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            in.transferTo(read);
            answer = read.toString(StandardCharsets.UTF_8);
        }
        assertTrue(answer.startsWith("HTTP/1.1 201"), answer);
        Matcher location = Pattern.compile("(?im)^Location: *(\\S+)").matcher(answer);
        assertTrue(location.find(), answer);
        assertTrue(location.group(1).startsWith(Api.baseUrl() + "/api/t/" + tenant.slug() + "/tickets/"),
                location.group(1));
    }

    private static String cookie(Reply reply, String name) {
        String value = reply.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst().orElse(null);
        assertNotNull(value, () -> "no " + name + " cookie in " + reply.headers());
        assertEquals(false, value.isEmpty());
        return value;
    }
}
