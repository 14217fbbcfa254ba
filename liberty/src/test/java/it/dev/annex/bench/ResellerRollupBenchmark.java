package it.dev.annex.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import it.dev.annex.support.Api;
import it.dev.annex.support.TestTenant;
import jakarta.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/**
 * Benchmark, not a test (the name does not end in IT, so {@code mvn verify} never runs it): the
 * reseller-hierarchy pages at scale on PostgreSQL — a distributor with 100 partners × 100
 * customers (10,000 customers, 30,000 sites, 60,000 assets, 20,000 SKU lines), a page of 50 with
 * its roll-ups. Run it as plugins/reseller-hierarchy/README.md says; the figures go to stdout and
 * target/benchmark/reseller-rollup.txt. Asserts the figures' data, never their time.
 */
class ResellerRollupBenchmark {

    private static final String PLUGIN = "/plugins/reseller-hierarchy";
    private static final int PARTNERS = 100;
    private static final int PER_PARTNER = 100;

    @Test
    void customersAndPartnersPagesOfADistributorWithTenThousandCustomers() throws Exception {
        PgBench.assumePostgresql();
        TestTenant tenant = TestTenant.create("rbench");
        TestTenant.OPERATOR.put("/api/operator/tenants/" + tenant.slug() + PLUGIN, null).expect(200);
        long distributor = tenant.organisation("Distributor D", "BENCH-D");
        tenant.admin().put(tenant.path(PLUGIN + "/organisations/" + distributor), "{\"kind\":\"DISTRIBUTOR\"}").expect(201);
        tenant.person("dist@rbench.example", "ORGANISATION_ADMIN", distributor);

        try (Connection db = PgBench.connect()) {
            long tenantId = PgBench.single(db, "SELECT ID FROM TENANT WHERE SLUG = ?", tenant.slug());
            long seeded = System.nanoTime();
            seed(db, tenantId, distributor);
            System.out.printf("seeded with SQL in %d ms%n", (System.nanoTime() - seeded) / 1_000_000);
            try (var analyze = db.createStatement()) {
                analyze.execute("ANALYZE");
            }
        }

        Api dist = Api.bearer(tenant.as("dist@rbench.example").post(tenant.path("/me/tokens"), "{\"name\":\"bench\"}")
                .expect(201).json().getString("secret"));
        String customers = tenant.path(PLUGIN + "/customers?size=50&sort=seats&dir=desc");
        String partners = tenant.path(PLUGIN + "/partners?size=50");
        assertEquals(PARTNERS * PER_PARTNER, dist.get(customers).expect(200).json().getInt("total"));
        var first = dist.get(partners).expect(200).json();
        assertEquals(PARTNERS, first.getInt("total"));
        var totals = first.getJsonArray("items").getJsonObject(0).getJsonObject("totals");
        assertEquals(PER_PARTNER, totals.getInt("customers"));
        assertEquals(PER_PARTNER * 3, totals.getInt("sites"));

        double customersMedian = PgBench.median(() -> dist.get(customers).expect(200));
        double searchMedian = PgBench.median(() -> dist.get(tenant.path(PLUGIN + "/customers?size=50&q=customer%2099")).expect(200));
        double partnersMedian = PgBench.median(() -> dist.get(partners).expect(200));
        double distributorsMedian = PgBench.median(() -> dist.get(tenant.path(PLUGIN + "/partners/distributors")).expect(200));
        double meMedian = PgBench.median(() -> dist.get(tenant.path("/me")).expect(200));
        String report = String.format(
                "reseller-hierarchy, a distributor's pages: 100 partners x 100 customers (10,000 customers, 30,000 sites,"
                        + " 60,000 assets), PostgreSQL, median of %d runs after %d warm-up, HTTP/auth/JSON included:%n"
                        + "  GET customers?size=50&sort=seats&dir=desc : %8.2f ms (plugin: 5 statements)%n"
                        + "  GET customers?size=50&q=customer 99       : %8.2f ms (plugin: 5 statements)%n"
                        + "  GET partners?size=50 with roll-ups        : %8.2f ms (plugin: 6 statements)%n"
                        + "  GET partners/distributors with roll-ups   : %8.2f ms (plugin: 4 statements)%n"
                        + "  GET /me (the host's baseline)             : %8.2f ms%n",
                PgBench.RUNS, PgBench.WARM_UP, customersMedian, searchMedian, partnersMedian, distributorsMedian, meMedian);
        System.out.print(report);
        Files.createDirectories(Path.of("target", "benchmark"));
        Files.writeString(Path.of("target", "benchmark", "reseller-rollup.txt"), report);
    }

    /** Organisations in the host's table, the tree in the plugin's (as the plugin keeps it: counts on the customer rows). */
    private static void seed(Connection db, long tenantId, long distributor) throws SQLException {
        db.setAutoCommit(false);
        update(db, "INSERT INTO ORGANISATION (TENANT_ID, NAME, ACCOUNT_NUMBER, ACTIVE, CREATED_AT)"
                + " SELECT " + tenantId + ", 'Partner ' || g, 'BP' || g, TRUE, now() FROM generate_series(1, " + PARTNERS + ") g");
        update(db, "INSERT INTO RESELLER_HIERARCHY_ORG (TENANT_ID, ORG_ID, NAME, KIND, PARENT_ORG_ID, SEATS, SITE_COUNT, ASSET_COUNT)"
                + " SELECT o.TENANT_ID, o.ID, o.NAME, 'PARTNER', " + distributor + ", 0, 0, 0 FROM ORGANISATION o"
                + " WHERE o.TENANT_ID = " + tenantId + " AND o.ACCOUNT_NUMBER LIKE 'BP%'");
        update(db, "INSERT INTO ORGANISATION (TENANT_ID, NAME, ACCOUNT_NUMBER, ACTIVE, CREATED_AT)"
                + " SELECT " + tenantId + ", 'Customer ' || g, 'BC' || g, TRUE, now() FROM generate_series(1, "
                + PARTNERS * PER_PARTNER + ") g");
        update(db, "INSERT INTO RESELLER_HIERARCHY_ORG (TENANT_ID, ORG_ID, NAME, KIND, PARENT_ORG_ID, EMAIL, SEATS, EXPIRES_ON,"
                + " SITE_COUNT, ASSET_COUNT)"
                + " SELECT c.TENANT_ID, c.ID, c.NAME, 'CUSTOMER', p.ORG_ID, 'admin@' || lower(c.ACCOUNT_NUMBER) || '.example',"
                + " (c.N % 500)::int, DATE '2027-01-01' + (c.N % 365)::int, 3, 6"
                + " FROM (SELECT o.*, row_number() OVER (ORDER BY o.ID) - 1 AS N FROM ORGANISATION o"
                + "       WHERE o.TENANT_ID = " + tenantId + " AND o.ACCOUNT_NUMBER LIKE 'BC%') c"
                + " JOIN (SELECT r.ORG_ID, row_number() OVER (ORDER BY r.ORG_ID) - 1 AS N FROM RESELLER_HIERARCHY_ORG r"
                + "       WHERE r.TENANT_ID = " + tenantId + " AND r.KIND = 'PARTNER') p ON p.N = c.N % " + PARTNERS);
        update(db, "INSERT INTO RESELLER_HIERARCHY_SITE (TENANT_ID, CUSTOMER_ORG_ID, NAME)"
                + " SELECT c.TENANT_ID, c.ORG_ID, 'Site ' || s FROM RESELLER_HIERARCHY_ORG c, generate_series(1, 3) s"
                + " WHERE c.TENANT_ID = " + tenantId + " AND c.KIND = 'CUSTOMER'");
        update(db, "INSERT INTO RESELLER_HIERARCHY_ASSET (TENANT_ID, SITE_ID, CUSTOMER_ORG_ID, NAME, KIND, IDENTIFIER)"
                + " SELECT s.TENANT_ID, s.ID, s.CUSTOMER_ORG_ID, 'Probe ' || a, 'probe', s.ID || '-' || a"
                + " FROM RESELLER_HIERARCHY_SITE s, generate_series(1, 2) a WHERE s.TENANT_ID = " + tenantId);
        update(db, "INSERT INTO RESELLER_HIERARCHY_SKU (TENANT_ID, CUSTOMER_ORG_ID, SKU, QUANTITY)"
                + " SELECT c.TENANT_ID, c.ORG_ID, k.SKU, 1 + c.SEATS FROM RESELLER_HIERARCHY_ORG c,"
                + " (VALUES ('M365-E3'), ('DEFENDER')) k(SKU) WHERE c.TENANT_ID = " + tenantId + " AND c.KIND = 'CUSTOMER'");
        db.commit();
        db.setAutoCommit(true);
    }

    private static void update(Connection db, String sql) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }
}
