package it.dev.annex.bench;

import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.Mailbox;
import dev.annex.plugin.testkit.server.TestTenant;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every benchmark, one command (README, "Benchmarks"), one table: {@code liberty/bench/RESULTS.md}.
 * Not a test — the name does not end in IT, so {@code mvn verify} never runs it; run on PostgreSQL
 * only. Each row measures its two sides in the same run, in interleaved pairs, and says what its
 * requests cost in SQL statements. {@code -Dannex.bench.rows=basic,plugin,…} runs some rows only;
 * sizes: {@code annex.bench.pairs} (30), {@code annex.bench.tenants} (10,000),
 * {@code annex.bench.followers} (1,000), {@code annex.bench.starts} (3). Asserts the data behind the
 * figures, never a time.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BenchmarkSuite {

    static final String OPERATOR_PASSWORD = "bench-operator-password";
    static final String TENANT_PASSWORD = "bench-tenant-password";
    private static final String HEADER = "X-Annex-Sql-Statements";

    @RegisterExtension
    static final Mailbox MAIL = new Mailbox();

    private static final Results RESULTS = Results.fromSystemProperties();

    @BeforeAll
    static void onPostgresql() {
        PgBench.assumePostgresql();
    }

    private static void row(String name) {
        String rows = System.getProperty("annex.bench.rows", "");
        Assumptions.assumeTrue(rows.isBlank() || Arrays.asList(rows.split(",")).contains(name),
                "row " + name + " not in annex.bench.rows=" + rows);
    }

    @Test
    @Order(1)
    void basicVersusBearer() throws Exception {
        row("basic");
        TestTenant tenant = TestTenant.create("bench-auth");
        Api basic = tenant.admin();
        Api bearer = bearer(tenant, basic);
        String me = tenant.path("/me");
        Pairs.Result pairs = Pairs.latency(Pairs.PAIRS * 3, 5, () -> basic.get(me).expect(200),
                () -> bearer.get(me).expect(200));
        RESULTS.add(new Results.Row("an API request (GET /me) with HTTP Basic vs the same with a bearer token",
                "Basic " + pairs.a().format("ms") + "; bearer " + pairs.b().format("ms"),
                Results.ratio(pairs.ratio()) + " Basic / bearer", "≤ 1.5", pairs.ratio().median() <= 1.5,
                statements(basic, me) + " / " + statements(bearer, me),
                pairs.ratio().n() + " pairs of 5 calls; a verified password is kept a minute under an HMAC key"));
    }

    @Test
    @Order(2)
    void pluginVersusNativeTwin() throws Exception {
        row("plugin");
        TestTenant tenant = TestTenant.create("bench-twin");
        TestTenant.OPERATOR.put("/api/operator/tenants/" + tenant.slug() + "/plugins/echo", null).expect(200);
        Api bearer = bearer(tenant, tenant.admin());
        String plugin = tenant.path("/plugins/echo/ping");
        String twin = tenant.path("/diagnostics/echo-ping");
        if (!bearer.get(plugin).expect(200).json().equals(bearer.get(twin).expect(200).json())) {
            throw new AssertionError("the twin must answer what the plugin answers: " + bearer.get(plugin).body()
                    + " vs " + bearer.get(twin).body());
        }
        int clients = Integer.getInteger("annex.bench.clients", 4);
        Pairs.Result pairs = Pairs.throughput(Pairs.PAIRS, Duration.ofSeconds(1), clients,
                () -> bearer.get(plugin).expect(200), () -> bearer.get(twin).expect(200));
        RESULTS.add(new Results.Row("a plugin endpoint (echo test plugin's ping) vs the same work in a native host"
                + " endpoint (its twin)", "plugin " + pairs.a().format("req/s") + "; native " + pairs.b().format("req/s"),
                Results.ratio(pairs.ratio()) + " plugin / native", "≥ 0.95", pairs.ratio().median() >= 0.95,
                statements(bearer, plugin) + " / " + statements(bearer, twin),
                pairs.ratio().n() + " pairs of 1 s each, " + clients + " concurrent clients, bearer token, warm"));
    }

    @Test
    @Order(3)
    void partnerList() throws Exception {
        row("partner-list");
        PartnerList.measure(RESULTS);
    }

    @Test
    @Order(4)
    void resellerRollup() throws Exception {
        row("reseller");
        ResellerRollup.measure(RESULTS);
    }

    @Test
    @Order(5)
    void followers() throws Exception {
        row("followers");
        Followers.measure(RESULTS, MAIL);
    }

    @Test
    @Order(6)
    void manyTenants() throws Exception {
        row("tenants");
        ManyTenants.measure(RESULTS);
    }

    /** A personal token, so the runs do not pay for password checks. */
    static Api bearer(TestTenant tenant, Api basic) {
        return Api.bearer(basic.post(tenant.path("/me/tokens"), "{\"name\":\"bench\",\"expiresInDays\":1}")
                .expect(201).json().getString("secret"));
    }

    /** The SQL statements of one more such request (the IT server counts them). */
    static String statements(Api api, String path) {
        String count = api.get(path).expect(200).header(HEADER);
        return count == null ? "?" : count;
    }
}
