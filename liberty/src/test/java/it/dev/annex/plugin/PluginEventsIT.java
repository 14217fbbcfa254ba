package it.dev.annex.plugin;

import dev.annex.plugin.testkit.server.Eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.JsonString;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Ticket events reach listeners after commit, once each, only for tenants with the plugin on. */
class PluginEventsIT {

    private TestTenant tenant;
    private Api admin;

    @BeforeEach
    void tenant() {
        tenant = TestTenant.create("events");
        admin = tenant.admin();
        PluginRuntimeIT.enable(tenant, "echo");
    }

    private List<String> events() {
        return admin.get(tenant.path("/plugins/echo/events")).expect(200).array().getValuesAs(JsonString.class)
                .stream().map(JsonString::getString).toList();
    }

    /** Events arrive asynchronously: wait until the condition holds, then return them. */
    private List<String> awaitEvents(Predicate<List<String>> until) {
        return Eventually.eventually().until(this::events, until);
    }

    @Test
    void eachKindOfChangeIsDeliveredOnceAfterCommit() throws Exception {
        long id = tenant.ticket(admin, "Eventful");
        admin.header("If-Match", "\"1\"").patch(tenant.path("/tickets/" + id), "{\"subject\":\"Eventful, renamed\"}").expect(200);
        admin.header("If-Match", "\"2\"").patch(tenant.path("/tickets/" + id), "{\"status\":\"PENDING\"}").expect(200);
        admin.post(tenant.path("/tickets/" + id + "/comments"), "{\"body\":\"noted\"}").expect(201);
        long cc = tenant.person("cc@events.example", "AGENT", null);
        admin.post(tenant.path("/tickets/" + id + "/participants"), "{\"personId\":" + cc + "}").expect(200);

        List<String> expected = List.of("CREATED:" + id, "UPDATED:" + id, "STATUS_CHANGED:" + id, "COMMENTED:" + id,
                "PARTICIPANTS_CHANGED:" + id);
        List<String> seen = awaitEvents(events -> events.size() >= expected.size());
        Eventually.keepsHolding(() -> assertEquals(expected, events(), "exactly once each, in order; first seen " + seen));
    }

    @Test
    void aRolledBackChangeProducesNoEvent() throws Exception {
        long id = tenant.ticket(admin, "Rollback");
        admin.header("If-Match", "\"7\"").patch(tenant.path("/tickets/" + id), "{\"subject\":\"stale\"}").expectProblem(412);
        admin.header("If-Match", "\"1\"").patch(tenant.path("/tickets/" + id), "{\"status\":\"NOPE\"}").expectProblem(422);
        admin.post(tenant.path("/tickets/" + id + "/comments"), "{\"body\":\"\"}").expectProblem(422);
        admin.post(tenant.path("/tickets/" + id + "/comments"), "{\"body\":\"after the failures\"}").expect(201);
        awaitEvents(events -> events.contains("COMMENTED:" + id));
        assertEquals(List.of("CREATED:" + id, "COMMENTED:" + id), events());
    }

    @Test
    void aTenantWithThePluginOffGetsNoDeliveries() throws Exception {
        TestTenant off = TestTenant.create("events-off");
        off.ticket(off.admin(), "Nobody listens");
        long id = tenant.ticket(admin, "Someone listens");
        awaitEvents(events -> events.contains("CREATED:" + id));
        PluginRuntimeIT.enable(off, "echo");
        Eventually.keepsHolding(() -> assertEquals(List.of(),
                off.admin().get(off.path("/plugins/echo/events")).expect(200).array().getValuesAs(JsonString.class)));
    }

    @Test
    void aListenerThatThrowsOrHangsIsRetriedAndNeverHoldsUpTheChange() throws Exception {
        long exploding = tenant.ticket(admin, "Please explode");
        long hanging = tenant.ticket(admin, "Please hang");
        long calm = tenant.ticket(admin, "Calm");
        List<String> seen = awaitEvents(events -> events.containsAll(
                List.of("CREATED:" + exploding, "CREATED:" + hanging, "CREATED:" + calm)));
        assertTrue(seen.containsAll(List.of("CREATED:" + exploding, "CREATED:" + hanging, "CREATED:" + calm)),
                seen::toString);
        Api.anonymous().get("/health/ready").expect(200);
        var echo = TestTenant.OPERATOR.get("/api/operator/plugins").expect(200).array()
                .getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(p -> p.getString("id").equals("echo")).findFirst().orElseThrow();
        assertEquals("STARTED", echo.getString("state"));
        assertTrue(echo.getJsonObject("lastProblem").getString("message").contains("event listener"), echo::toString);
    }
}
