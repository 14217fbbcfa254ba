package it.dev.annex.bench;

import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.TestTenant;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test (the name does not end in IT): the latency of the host's own endpoint
 * ({@code GET /me}, {@code GET /tickets/{id}}) and of another plugin's endpoint (ticket-following's
 * followers) when idle, and again while 50 callers keep calling an echo endpoint that hangs (each call
 * ends at echo's 5 s time limit or is refused by its bulkhead of 24, as the IT server configures; a refused
 * caller waits the answer's Retry-After before it calls again).
 * Goal: under that load within 2× of idle. Figures to stdout and target/benchmark/plugin-bulkhead.txt.
 */
class PluginBulkheadBenchmark {

    private static final int HANGING_CALLERS = 50;
    private static final int SAMPLES = 300;

    @Test
    void hostAndOtherPluginLatencyWhileOnePluginHangs() throws Exception {
        TestTenant tenant = TestTenant.create("bulkhead-bench");
        for (String plugin : List.of("echo", "ticket-following")) {
            TestTenant.OPERATOR.put("/api/operator/tenants/" + tenant.slug() + "/plugins/" + plugin, null).expect(200);
        }
        long ticket = tenant.ticket(tenant.admin(), "Latency under a hanging plugin");
        String token = tenant.admin().post(tenant.path("/me/tokens"),
                "{\"name\":\"bench\",\"expiresInDays\":1}").expect(201).json().getString("secret");
        Api caller = Api.bearer(token);
        List<String> paths = List.of(tenant.path("/me"), tenant.path("/tickets/" + ticket),
                tenant.path("/plugins/ticket-following/tickets/" + ticket + "/followers"));
        warm(caller, paths);

        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-70s %9s %9s %9s %9s %6s", "endpoint", "idle p50", "idle p99", "load p50", "load p99",
                "ratio"));
        double[][] idle = new double[paths.size()][];
        for (int i = 0; i < paths.size(); i++) {
            idle[i] = sample(caller, paths.get(i));
        }
        AtomicBoolean hanging = new AtomicBoolean(true);
        AtomicInteger timedOut = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService load = Executors.newFixedThreadPool(HANGING_CALLERS);
        for (int i = 0; i < HANGING_CALLERS; i++) {
            load.submit(() -> {
                while (hanging.get()) {
                    int status = caller.get(tenant.path("/plugins/echo/slow?ms=600000")).status();
                    (status == 504 ? timedOut : refused).incrementAndGet();
                    if (status == 503) {
                        // As the answer's Retry-After says: 50 hanging callers, not a flood of retries.
                        java.util.concurrent.locks.LockSupport.parkNanos(1_000_000_000L);
                    }
                }
            });
        }
        try {
            for (int i = 0; i < paths.size(); i++) {
                double[] busy = sample(caller, paths.get(i));
                lines.add(String.format("%-70s %7.1fms %7.1fms %7.1fms %7.1fms %5.2fx",
                        paths.get(i).replace(tenant.slug(), "{t}"), pct(idle[i], 50), pct(idle[i], 99), pct(busy, 50),
                        pct(busy, 99), pct(busy, 50) / pct(idle[i], 50)));
            }
        } finally {
            hanging.set(false);
            load.shutdown();
        }
        lines.add("echo calls during the load: " + timedOut.get() + " answered 504 at the time limit, " + refused.get()
                + " refused 503 by the bulkhead; " + SAMPLES + " samples per row; cores "
                + Runtime.getRuntime().availableProcessors());
        lines.forEach(System.out::println);
        Path out = Path.of("target/benchmark/plugin-bulkhead.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, lines);
    }

    private static void warm(Api caller, List<String> paths) {
        for (int i = 0; i < 50; i++) {
            paths.forEach(path -> caller.get(path).expect(200));
        }
    }

    private static double[] sample(Api caller, String path) {
        double[] millis = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            long start = System.nanoTime();
            caller.get(path).expect(200);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static double pct(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
