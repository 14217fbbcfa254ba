package it.dev.annex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.Reply;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AuthenticationIT {

    private static TestTenant tenant;
    private static TestTenant other;

    @BeforeAll
    static void tenants() {
        tenant = TestTenant.create("auth");
        other = TestTenant.create("auth-other");
        tenant.person("agent@auth.example", "AGENT", null);
    }

    private static String signIn(String email, String password) {
        return Json.createObjectBuilder().add("email", email).add("password", password).build().toString();
    }

    @Test
    void aBrowserSignsInWithASessionCookieAndSignsOut() {
        Api browser = Api.withCookies();
        Reply signedIn = browser.post(tenant.path("/session"), signIn("agent@auth.example", TestTenant.PASSWORD)).expect(200);
        String setCookie = String.join("\n", signedIn.headers().allValues("Set-Cookie"));
        assertTrue(setCookie.contains("annex_session="), setCookie);
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Strict"), setCookie);
        assertFalse(setCookie.contains(TestTenant.PASSWORD));

        assertEquals("agent@auth.example", browser.get(tenant.path("/me")).expect(200).json()
                .getJsonObject("person").getString("email"));

        browser.delete(tenant.path("/session")).expect(204);
        browser.get(tenant.path("/me")).expectProblem(401);
    }

    @Test
    void cookieAuthenticatedWritesNeedTheCsrfHeader() {
        Api browser = Api.withCookies();
        String csrf = browser.post(tenant.path("/session"), signIn("agent@auth.example", TestTenant.PASSWORD))
                .expect(200).json().getString("csrfToken");
        String ticket = Json.createObjectBuilder().add("subject", "via the browser").build().toString();

        browser.post(tenant.path("/tickets"), ticket).expectProblem(403);
        browser.header("X-CSRF-Token", "forged").post(tenant.path("/tickets"), ticket).expectProblem(403);
        browser.header("X-CSRF-Token", csrf).post(tenant.path("/tickets"), ticket).expect(201);
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSame401() {
        JsonObject wrongPassword = Api.basic("agent@auth.example", "nope").get(tenant.path("/me")).expectProblem(401);
        JsonObject unknownEmail = Api.basic("ghost@auth.example", "nope").get(tenant.path("/me")).expectProblem(401);
        assertEquals(wrongPassword.getString("detail"), unknownEmail.getString("detail"));
        Api.anonymous().post(tenant.path("/session"), signIn("agent@auth.example", "nope")).expectProblem(401);
        Api.anonymous().get(tenant.path("/tickets")).expectProblem(401);
    }

    @Test
    void anApiTokenIsShownOnceWorksAsBearerAndStopsWorkingWhenRevoked() {
        Api agent = tenant.as("agent@auth.example");
        JsonObject issued = agent.post(tenant.path("/me/tokens"), "{\"name\":\"ci\",\"expiresInDays\":7}")
                .expect(201).json();
        String secret = issued.getString("secret");
        long id = issued.getJsonObject("token").getJsonNumber("id").longValue();

        Api.bearer(secret).get(tenant.path("/tickets")).expect(200);
        String listed = agent.get(tenant.path("/me/tokens")).expect(200).body();
        assertTrue(listed.contains("\"ci\""));
        assertFalse(listed.contains(secret), "the secret is never shown again");

        agent.delete(tenant.path("/me/tokens/" + id)).expect(204);
        Api.bearer(secret).get(tenant.path("/tickets")).expectProblem(401);
        Api.bearer("annex_t_made-up").get(tenant.path("/tickets")).expectProblem(401);
    }

    @Test
    void anotherTenantsCredentialsAreRefusedWhateverTheirKind() {
        Api.basic("agent@auth.example", TestTenant.PASSWORD).get(other.path("/tickets")).expectProblem(401);

        String secret = tenant.as("agent@auth.example").post(tenant.path("/me/tokens"), "{\"name\":\"x\"}")
                .expect(201).json().getString("secret");
        Api.bearer(secret).get(other.path("/tickets")).expectProblem(401);

        Api browser = Api.withCookies();
        browser.post(tenant.path("/session"), signIn("agent@auth.example", TestTenant.PASSWORD)).expect(200);
        browser.get(other.path("/tickets")).expectProblem(401);
    }

    @Test
    void tenantCredentialsDoNotOpenTheOperatorApi() {
        tenant.admin().get("/api/operator/tenants").expectProblem(401);
    }

    @Test
    void repeatedFailuresHoldTheLoginBackEvenWithTheRightPassword() {
        tenant.person("target@auth.example", "AGENT", null);
        for (int i = 0; i < 5; i++) {
            Api.basic("target@auth.example", "guess-" + i).get(tenant.path("/me")).expectProblem(401);
        }
        Reply held = Api.basic("target@auth.example", TestTenant.PASSWORD).get(tenant.path("/me"));
        held.expectProblem(429);
        assertNotNull(held.header("Retry-After"));
    }

    @Test
    void failedSignInsAtTheSameMomentAreAllCountedNoneIsA500() throws Exception {
        tenant.person("racer@auth.example", "AGENT", null);
        int callers = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                String guess = "guess-" + i;
                answers.add(pool.submit(() -> {
                    start.await();
                    return Api.basic("racer@auth.example", guess).get(tenant.path("/me")).status();
                }));
            }
            start.countDown();
            for (var answer : answers) {
                int status = answer.get(2, TimeUnit.MINUTES);
                assertTrue(status == 401 || status == 429, "a wrong password is 401 (or 429 once held back), was " + status);
            }
        } finally {
            pool.shutdownNow();
        }
        // Every one of them counted: well past the free attempts, the right password is held back.
        Api.basic("racer@auth.example", TestTenant.PASSWORD).get(tenant.path("/me")).expectProblem(429);
    }

    @Test
    void aDeactivatedPersonCanNoLongerSignIn() {
        long id = tenant.person("leaver@auth.example", "AGENT", null);
        String secret = tenant.as("leaver@auth.example").post(tenant.path("/me/tokens"), "{\"name\":\"x\"}")
                .expect(201).json().getString("secret");
        tenant.admin().patch(tenant.path("/people/" + id), "{\"active\":false}").expect(200);
        tenant.as("leaver@auth.example").get(tenant.path("/me")).expectProblem(401);
        Api.bearer(secret).get(tenant.path("/me")).expectProblem(401);
    }
}
