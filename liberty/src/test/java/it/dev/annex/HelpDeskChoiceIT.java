package it.dev.annex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.host.helpdesk.rt.client.RtClient;
import dev.annex.host.helpdesk.rt.client.RtCredentials;
import dev.annex.host.helpdesk.rt.client.RtEndpoint;
import it.dev.annex.support.Api;
import it.dev.annex.support.TestTenant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The operator's per-tenant choice of help desk, against the real Request Tracker 5 that
 * {@code .ci/rt} runs on the IT port + 9 (started and stopped here): every wrong setting is a 422
 * naming it with RT's reason and leaves the choice as it was; a right one is saved with the token
 * never shown again.
 */
class HelpDeskChoiceIT {

    private static final Api OPERATOR = TestTenant.OPERATOR;
    private static final int RT_PORT = URI.create(Api.baseUrl()).getPort() + 9;
    private static final String RT_URL = "http://127.0.0.1:" + RT_PORT;
    private static String token;
    private static String queue;

    @BeforeAll
    static void realRt() throws IOException {
        rtScript("start");
        token = Files.readString(Path.of("/var/lib/annex-rt/" + RT_PORT + "/token"), StandardCharsets.UTF_8).strip();
        queue = "annex-choice-" + UUID.randomUUID().toString().substring(0, 8);
        new RtClient(new RtEndpoint(URI.create(RT_URL), new RtCredentials.Token(token))).createQueue(queue, null);
    }

    @AfterAll
    static void stopRt() {
        rtScript("stop");
    }

    private static void rtScript(String command) {
        try {
            ProcessBuilder builder = new ProcessBuilder("../.ci/rt", command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.INHERIT);
            builder.environment().put("ANNEX_RT_PORT", String.valueOf(RT_PORT));
            Process process = builder.start();
            if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(".ci/rt " + command + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException(".ci/rt " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
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
