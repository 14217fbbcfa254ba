package it.dev.annex.hardening;

import static dev.annex.plugin.testkit.server.TestTenant.OPERATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.testkit.server.Eventually;
import dev.annex.plugin.testkit.server.Reply;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Time limits and bulkheads on plugin endpoints. The IT server gives the echo test plugin a time
 * limit of 5 s and at most 24 concurrent calls (liberty/pom.xml, annex.plugins.echo.*).
 */
class PluginTimeLimitIT {

    private static final int ECHO_MAX_CONCURRENT = 24;
    private static final int HANGING_CALLS = 50;

    private TestTenant tenant;

    @BeforeEach
    void tenant() {
        tenant = TestTenant.create("time-limit");
        for (String plugin : List.of("echo", "ticket-following")) {
            OPERATOR.put("/api/operator/tenants/" + tenant.slug() + "/plugins/" + plugin, null).expect(200);
        }
    }

    @Test
    void aPluginCallPastItsTimeLimitIsA504ProblemNamingThePlugin() {
        Reply reply = tenant.admin().get(tenant.path("/plugins/echo/slow?ms=120000"));
        JsonObject problem = reply.expectProblem(504);
        assertEquals("https://annex.dev/problems/plugin-timeout", problem.getString("type"));
        assertTrue(problem.getString("detail").contains("echo"), problem::toString);
        assertTrue(problem.getString("instance").endsWith("/plugins/echo/slow"), problem::toString);
        assertEquals("nosniff", reply.header("X-Content-Type-Options"), "the security headers are on the 504 too");
        // A call within the limit is answered by the plugin as before.
        assertFalse(tenant.admin().get(tenant.path("/plugins/echo/slow?ms=10")).expect(200).json().getBoolean("interrupted"));
    }

    @Test
    void whatAPluginWroteBeforeItsTimeLimitPassedIsRolledBackEvenIfItAnswersLater() {
        String text = "stubborn " + UUID.randomUUID();
        Reply reply = tenant.admin().post(tenant.path("/plugins/echo/stubborn"),
                Json.createObjectBuilder().add("text", text).add("ms", 8000).build());
        reply.expectProblem(504);
        // The plugin ignores the interrupt and answers 200 three seconds later; its note must never show up.
        Eventually.keepsHolding(() -> assertFalse(notes().contains(text), "the timed-out call's note was kept"));
        // The thread came back: a write of the plugin's own, after that, is kept as usual.
        String later = "after " + UUID.randomUUID();
        tenant.admin().post(tenant.path("/plugins/echo/notes"),
                Json.createObjectBuilder().add("text", later).add("thenFail", false).build()).expect(200);
        assertTrue(notes().contains(later));
    }

    @Test
    void fiftyHangingCallsToOnePluginHoldOnlyItsBulkheadAndLeaveTheRestServing() throws Exception {
        long ticket = tenant.ticket(tenant.admin(), "Serving while echo hangs");
        ExecutorService callers = Executors.newFixedThreadPool(HANGING_CALLS);
        try {
            List<Future<Reply>> hanging = new ArrayList<>();
            for (int i = 0; i < HANGING_CALLS; i++) {
                hanging.add(callers.submit(() -> tenant.admin().get(tenant.path("/plugins/echo/slow?ms=120000"))));
            }
            // While the echo calls hang, the host's own endpoints and another plugin's answer.
            tenant.admin().get(tenant.path("/me")).expect(200);
            tenant.admin().get(tenant.path("/tickets/" + ticket)).expect(200);
            tenant.admin().get(tenant.path("/plugins/ticket-following/tickets/" + ticket + "/followers")).expect(200);

            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> call : hanging) {
                replies.add(call.get());
            }
            Map<Integer, Long> byStatus = replies.stream().collect(
                    Collectors.groupingBy(Reply::status, TreeMap::new, Collectors.counting()));
            assertEquals(Map.of(503, (long) (HANGING_CALLS - ECHO_MAX_CONCURRENT), 504, (long) ECHO_MAX_CONCURRENT),
                    byStatus, "calls beyond the bulkhead are refused at once, the others end at the time limit");
            Reply refused = replies.stream().filter(r -> r.status() == 503).findFirst().orElseThrow();
            assertEquals("https://annex.dev/problems/plugin-busy", refused.expectProblem(503).getString("type"));
            assertEquals("1", refused.header("Retry-After"));
        } finally {
            callers.shutdownNow();
        }
        // The timed-out calls' threads were interrupted and gave their places back: the bulkhead is free again.
        List<Reply> after = concurrently(ECHO_MAX_CONCURRENT, i -> tenant.admin().get(tenant.path("/plugins/echo/ping")));
        assertTrue(after.stream().allMatch(r -> r.status() == 200),
                () -> "after the time limit the plugin's calls run again: " + after.stream().map(Reply::status).toList());
    }

    private List<String> notes() {
        return tenant.admin().get(tenant.path("/plugins/echo/notes")).expect(200).array().getValuesAs(JsonObject.class)
                .stream().map(n -> n.getString("text")).toList();
    }

    private static List<Reply> concurrently(int n, Function<Integer, Reply> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Reply>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> call.apply(index)));
            }
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> future : futures) {
                replies.add(future.get());
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }
}
