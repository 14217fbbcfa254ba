package it.dev.annex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.testkit.server.Api;
import it.dev.annex.support.RealRt;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The operator's per-tenant choice of help desk, against the real Request Tracker 5 that
 * {@code .ci/rt} runs on the IT port + 9 (started and stopped here): every wrong setting is a 422
 * naming it with RT's reason and leaves the choice as it was; a right one is saved with the token
 * never shown again.
 */
@ExtendWith(RealRt.Running.class)
class HelpDeskChoiceIT {

    private static final Api OPERATOR = TestTenant.OPERATOR;
    private static final String RT_URL = RealRt.URL;
    private static String token;
    private static String queue;

    @BeforeAll
    static void realRt() {
        token = RealRt.token();
        queue = RealRt.queue("annex-choice");
    }

    private static String rt(String url, String token, String queue) {
        return Json.createObjectBuilder().add("kind", "RT").add("baseUrl", url).add("token", token)
                .add("queues", Json.createArrayBuilder().add(queue)).add("organisations", "ORGANIZATION_FIELD")
                .build().toString();
    }

    private static String path(TestTenant tenant) {
        return "/api/operator/tenants/" + tenant.slug() + "/help-desk";
    }

    @Test
    void aTenantIsBackedByTheBuiltInHelpDeskUntilTheOperatorChoosesRt() {
        TestTenant tenant = TestTenant.create("hd-default");
        assertEquals("BUILT_IN", OPERATOR.get(path(tenant)).expect(200).json().getString("kind"));
    }

    @Test
    void wrongSettingsAre422sNamingTheSettingWithRtsReasonAndChangeNothing() {
        TestTenant tenant = TestTenant.create("hd-wrong");
        // Nothing listens on port 9: RT is not there.
        JsonObject noRt = OPERATOR.put(path(tenant), rt("http://127.0.0.1:9", token, queue)).expectProblem(422, "baseUrl");
        assertTrue(noRt.getString("detail").contains("does not answer"), noRt.toString());
        JsonObject badToken = OPERATOR.put(path(tenant), rt(RT_URL, "not-the-token-1234", queue))
                .expectProblem(422, "token");
        assertTrue(badToken.getString("detail").contains("refused"), badToken.toString());
        OPERATOR.put(path(tenant), rt(RT_URL, token, "no-such-queue-" + UUID.randomUUID())).expectProblem(422, "queues");
        OPERATOR.put(path(tenant), "{\"kind\":\"ZENDESK\"}").expectProblem(422, "kind");
        OPERATOR.put(path(tenant), "{\"kind\":\"RT\",\"baseUrl\":\"" + RT_URL + "\",\"token\":\"" + token
                + "\",\"queues\":[\"" + queue + "\"],\"organisations\":\"TEAMS\"}").expectProblem(422, "organisations");
        assertEquals("BUILT_IN", OPERATOR.get(path(tenant)).expect(200).json().getString("kind"));
    }

    @Test
    void aCheckedRtIsSavedWithItsTokenWriteOnlyAndOnlyForThatTenant() {
        TestTenant tenant = TestTenant.create("hd-rt");
        TestTenant other = TestTenant.create("hd-other");
        JsonObject chosen = OPERATOR.put(path(tenant), rt(RT_URL, token, queue)).expect(200).json();
        assertEquals("RT", chosen.getString("kind"));
        assertTrue(chosen.getBoolean("tokenSet"));
        assertFalse(chosen.containsKey("token"), chosen.toString());
        assertTrue(chosen.getString("version").startsWith("5."), chosen.toString());
        JsonObject shown = OPERATOR.get(path(tenant)).expect(200).json();
        assertEquals(RT_URL, shown.getString("baseUrl"));
        assertEquals(queue, shown.getJsonArray("queues").getString(0));
        assertFalse(shown.toString().contains(token), "the token is never shown");
        // Saved again without a token: the stored one is kept and checked again.
        String again = Json.createObjectBuilder().add("kind", "RT").add("baseUrl", RT_URL)
                .add("queues", Json.createArrayBuilder().add(queue)).add("organisations", "GROUP").build().toString();
        assertEquals("GROUP", OPERATOR.put(path(tenant), again).expect(200).json().getString("organisations"));
        assertEquals("BUILT_IN", OPERATOR.get(path(other)).expect(200).json().getString("kind"),
                "another tenant's choice is its own");
        assertEquals("BUILT_IN", OPERATOR.put(path(tenant), "{\"kind\":\"BUILT_IN\"}").expect(200).json()
                .getString("kind"));
        OPERATOR.get("/api/operator/tenants/no-such-tenant/help-desk").expectProblem(404);
        Api.basic("agent@demo.example", "demo").get(path(tenant)).expectProblem(401);
    }
}
