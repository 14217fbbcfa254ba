package it.dev.annex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.Reply;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every signed-in answer says how many requests are left this minute; a caller past its limit is
 * answered 429 with Retry-After and nothing runs. The IT server's installation limit is 100,000 a
 * minute (so the load tests are not refused); a token's own, lower limit is what is tried here.
 */
class RateLimitIT {

    private static final int INSTALLATION_LIMIT = 100_000;
    private static TestTenant tenant;

    @BeforeAll
    static void aTenant() {
        tenant = TestTenant.create("ratelimit");
    }

    private static String token(int perMinute) {
        JsonObject issued = tenant.admin().post(tenant.path("/me/tokens"),
                "{\"name\":\"script\",\"requestsPerMinute\":" + perMinute + "}").expect(201).json();
        assertEquals(perMinute, issued.getJsonObject("token").getInt("requestsPerMinute"));
        return issued.getString("secret");
    }

    @Test
    void aTokenPastItsOwnLimitIsRefusedWith429AndRetryAfterAndWritesNothing() {
        Api script = Api.bearer(token(3));
        for (int left = 2; left >= 0; left--) {
            Reply reply = script.get(tenant.path("/tickets")).expect(200);
            assertEquals("3", reply.header("RateLimit-Limit"));
            assertEquals(Integer.toString(left), reply.header("RateLimit-Remaining"));
            assertEquals("3;w=60", reply.header("RateLimit-Policy"));
        }
        Reply refused = script.post(tenant.path("/tickets"), "{\"subject\":\"over the limit\",\"description\":\"x\"}");
        JsonObject problem = refused.expectProblem(429);
        assertTrue(problem.getString("type").endsWith("/rate-limited"), problem.toString());
        int retryAfter = Integer.parseInt(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 20, "3 a minute: one back within 20 s, not " + retryAfter);
        assertEquals("0", refused.header("RateLimit-Remaining"));
        assertEquals(0, tenant.admin().get(tenant.path("/tickets?q=over")).expect(200).json().getInt("total"),
                "the refused request wrote nothing");
    }

    @Test
    void theLimitIsPerCallerSoAnotherTokenAndThePersonsPasswordAreNotHeldBack() {
        Api exhausted = Api.bearer(token(1));
        exhausted.get(tenant.path("/me")).expect(200);
        exhausted.get(tenant.path("/me")).expectProblem(429);

        Api other = Api.bearer(token(5));
        assertEquals("4", other.get(tenant.path("/me")).expect(200).header("RateLimit-Remaining"));
        Reply byPassword = tenant.admin().get(tenant.path("/me")).expect(200);
        assertEquals(Integer.toString(INSTALLATION_LIMIT), byPassword.header("RateLimit-Limit"));
        assertTrue(byPassword.header("RateLimit-Reset") != null, "every signed-in answer carries the fields");
    }

    @Test
    void problemAnswersToASignedInCallerCarryTheHeadersAndAnonymousAnswersDoNot() {
        Reply missing = tenant.admin().get(tenant.path("/tickets/999999")).expect(404);
        assertEquals(Integer.toString(INSTALLATION_LIMIT), missing.header("RateLimit-Limit"));
        Reply anonymous = Api.anonymous().get(tenant.path("/tickets"));
        anonymous.expectProblem(401);
        assertNull(anonymous.header("RateLimit-Limit"), "no caller, nothing counted");
    }

    @Test
    void aTokensOwnLimitMustBePositiveAndNotAboveTheInstallations() {
        tenant.admin().post(tenant.path("/me/tokens"), "{\"name\":\"greedy\",\"requestsPerMinute\":" + (INSTALLATION_LIMIT + 1) + "}")
                .expectProblem(422, "requestsPerMinute");
        tenant.admin().post(tenant.path("/me/tokens"), "{\"name\":\"none\",\"requestsPerMinute\":0}")
                .expectProblem(422, "requestsPerMinute");
        JsonObject plain = tenant.admin().post(tenant.path("/me/tokens"), "{\"name\":\"plain\"}").expect(201).json();
        assertTrue(plain.getJsonObject("token").isNull("requestsPerMinute"), "none of its own: the installation's");
    }
}
