package it.dev.annex.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.annex.plugin.testkit.server.Api;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.awaitility.Awaitility;

/**
 * The suite's 10,000-tenants rows, on servers of their own (copies of the IT server, one at a time on
 * the suite's port): one schema with {@code annex.bench.tenants} tenants made through the bulk API,
 * one with a single tenant. Creating them, the operator console's list and search, a plugin on for
 * all of them, start-up with many vs one, heap after GC per tenant; and, on the one-tenant schema,
 * start-up with the shipped plugins vs none.
 */
final class ManyTenants {

    private static final int BATCH = 1000;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ManyTenants() {
    }

    static void measure(Results results) throws Exception {
        int tenants = Integer.getInteger("annex.bench.tenants", 10_000);
        int starts = Integer.getInteger("annex.bench.starts", 3);
        int port = Integer.getInteger("annex.bench.port", URI.create(Api.baseUrl()).getPort() + 20);
        dropSchemas("annex_bench_one", "annex_bench_many");
        List<Path> shipped = shippedPlugins();
        BenchServer one = new BenchServer("annex-bench-one", port, "annex_bench_one", shipped);
        BenchServer many = new BenchServer("annex-bench-many", port, "annex_bench_many", shipped);
        BenchServer bare = new BenchServer("annex-bench-bare", port, "annex_bench_one", List.of());

        // First starts migrate their schemas: not timed.
        one.start();
        try {
            createTenants(one, 1, "one");
        } finally {
            one.close();
        }

        many.start();
        long heapMany;
        try {
            long begin = System.nanoTime();
            createTenants(many, tenants, "t");
            double created = (System.nanoTime() - begin) / 1e9;
            results.add(new Results.Row(String.format("creating %,d tenants, each with its admin (bulk API, %d per"
                    + " request)", tenants, BATCH), String.format(Locale.ROOT, "%.1f s, %.1f ms per tenant", created,
                    created * 1000 / tenants), "", "", null, "",
                    "one run; admin passwords hashed at the IT server's iterations (at 210,000 the hash dominates)"));

            Pairs.Result list = Pairs.latency(Pairs.PAIRS, 3,
                    () -> get(many, "/api/operator/tenants?page=" + (tenants / 50) + "&size=25", 200),
                    () -> get(many, "/api/operator/tenants?text=t-77&size=25", 200));
            String listSql = get(many, "/api/operator/tenants?page=1&size=25", 200).headers()
                    .firstValue("X-Annex-Sql-Statements").orElse("?");
            results.add(new Results.Row(String.format("the console's tenant list with %,d tenants: a page of 25, and a"
                    + " search", tenants), "page " + list.a().format("ms") + "; search " + list.b().format("ms"),
                    String.format(Locale.ROOT, "%.0f / %.0f ms", list.a().median(), list.b().median()), "< 200 ms",
                    list.a().median() < 200 && list.b().median() < 200, listSql,
                    list.ratio().n() + " pairs of 3 calls, operator Basic, HTTP included"));

            begin = System.nanoTime();
            JsonObject on = finished(many, post(many, "/api/operator/plugins/ticket-following/tenants",
                    "{\"enabled\":true}"));
            double enabled = (System.nanoTime() - begin) / 1e9;
            assertEquals(List.of(tenants, 0), List.of(on.getInt("done"), on.getInt("failed")), on.toString());
            results.add(new Results.Row(String.format("turning a plugin (ticket-following) on for all %,d tenants",
                    tenants), String.format(Locale.ROOT, "%.1f s, %.2f ms per tenant", enabled, enabled * 1000 / tenants),
                    "", "", null, "", "one run; one operation, polled until done"));

            touchEvery(many, tenants);
            heapMany = many.heapAfterGcKib();
        } finally {
            many.close();
        }

        one.start();
        long heapOne;
        try {
            touchEvery(one, 1);
            heapOne = one.heapAfterGcKib();
        } finally {
            one.close();
        }
        double perTenant = (heapMany - heapOne) * 1024.0 / 1000 / (tenants - 1);
        results.add(new Results.Row("heap after GC per tenant (every tenant's admin signed in once)",
                String.format(Locale.ROOT, "%,d KiB with %,d tenants, %,d KiB with 1", heapMany, tenants, heapOne),
                String.format(Locale.ROOT, "%.1f KB per tenant", perTenant), "≤ 20 KB", perTenant <= 20, "",
                "jcmd GC.run then GC.heap_info, one server each"));

        startUps(results, starts, many, one, String.format("start-up with %,d tenants vs with 1", tenants), 1.5);
        startUps(results, starts, one, bare, "start-up with the shipped plugins (" + shipped.size() + ") vs none", 1.3);
    }

    private static void startUps(Results results, int pairs, BenchServer a, BenchServer b, String what, double goal)
            throws Exception {
        double[] as = new double[pairs];
        double[] bs = new double[pairs];
        double[] ratios = new double[pairs];
        for (int i = 0; i < pairs; i++) {
            BenchServer first = i % 2 == 0 ? a : b;
            BenchServer second = i % 2 == 0 ? b : a;
            double firstTime = timedStart(first);
            double secondTime = timedStart(second);
            as[i] = i % 2 == 0 ? firstTime : secondTime;
            bs[i] = i % 2 == 0 ? secondTime : firstTime;
            ratios[i] = as[i] / bs[i];
        }
        Stats ratio = Stats.of(ratios);
        results.add(new Results.Row(what, Stats.of(as).format("s") + " vs " + Stats.of(bs).format("s"),
                Results.ratio(ratio), "≤ " + goal, ratio.median() <= goal, "",
                pairs + " pairs of starts (server start until /health/ready answers 200)"));
    }

    private static double timedStart(BenchServer server) throws Exception {
        try {
            return server.start();
        } finally {
            server.close();
        }
    }

    private static void createTenants(BenchServer server, int count, String prefix) throws Exception {
        for (int from = 0; from < count; from += BATCH) {
            JsonArrayBuilder rows = Json.createArrayBuilder();
            for (int i = from; i < Math.min(count, from + BATCH); i++) {
                rows.add(Json.createObjectBuilder().add("slug", prefix + "-" + i).add("name", "Tenant " + i)
                        .add("admin", Json.createObjectBuilder().add("email", "admin@" + prefix + i + ".example")
                                .add("displayName", "Admin " + i).add("password", BenchmarkSuite.TENANT_PASSWORD)));
            }
            JsonObject done = finished(server, post(server, "/api/operator/tenants/bulk",
                    Json.createObjectBuilder().add("tenants", rows).build().toString()));
            assertEquals(0, done.getInt("failed"), done.toString());
        }
    }

    /** Every tenant's admin signs in once with Basic, so what a node keeps per tenant is in the heap. */
    private static void touchEvery(BenchServer server, int count) throws Exception {
        String prefix = count == 1 ? "one" : "t";
        for (int i = 0; i < count; i++) {
            HttpResponse<String> me = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/t/" + prefix
                            + "-" + i + "/me")).header("Authorization", basic("admin@" + prefix + i + ".example",
                            BenchmarkSuite.TENANT_PASSWORD)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, me.statusCode(), me.body());
        }
    }

    private static JsonObject finished(BenchServer server, HttpResponse<String> accepted) {
        assertEquals(202, accepted.statusCode(), accepted.body());
        String location = accepted.headers().firstValue("Location").orElseThrow();
        String path = location.substring(location.indexOf("/api/"));
        JsonObject[] last = new JsonObject[1];
        Awaitility.await().atMost(Duration.ofMinutes(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            last[0] = Json.createReader(new java.io.StringReader(get(server, path, 200).body())).readObject();
            return "DONE".equals(last[0].getString("state"));
        });
        return last[0];
    }

    private static HttpResponse<String> get(BenchServer server, String path, int expected) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Authorization", operator()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(expected, response.statusCode(), response.body());
        return response;
    }

    private static HttpResponse<String> post(BenchServer server, String path, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).header("Authorization", operator())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String operator() {
        return basic("operator@annex.local", BenchmarkSuite.OPERATOR_PASSWORD);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The IT server's plugins but the test ones: what Annex ships. */
    private static List<Path> shippedPlugins() throws Exception {
        Path dir = Path.of(System.getProperty("annex.it.wlp", "target/liberty/wlp"), "usr/servers",
                System.getProperty("annex.it.server", "annex-it"), "plugins");
        try (Stream<Path> jars = Files.list(dir)) {
            return jars.filter(p -> p.getFileName().toString().startsWith("annex-plugin-")).sorted().toList();
        }
    }

    private static void dropSchemas(String... schemas) throws Exception {
        try (Connection db = DriverManager.getConnection(System.getProperty("annex.it.pg.url"),
                System.getProperty("annex.it.pg.user", "postgres"), System.getProperty("annex.it.pg.password", ""));
             var statement = db.createStatement()) {
            for (String schema : schemas) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }
}
