package it.dev.annex.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The suite's reseller-hierarchy rows: the pages of a distributor with 100 partners × 100 customers
 * (10,000 customers, 30,000 sites, 60,000 assets, 20,000 SKU lines) on PostgreSQL, a page of 50 with
 * its roll-ups, each beside the host's own {@code GET /me} in interleaved pairs. Asserts the
 * figures' data, never their time.
 */
final class ResellerRollup {

    private static final String PLUGIN = "/plugins/reseller-hierarchy";
    private static final int PARTNERS = 100;
    private static final int PER_PARTNER = 100;

    private ResellerRollup() {
    }

    static void measure(Results results) throws Exception {
        TestTenant tenant = TestTenant.create("rbench");
        TestTenant.OPERATOR.put("/api/operator/tenants/" + tenant.slug() + PLUGIN, null).expect(200);
        long distributor = tenant.organisation("Distributor D", "BENCH-D");
        tenant.admin().put(tenant.path(PLUGIN + "/organisations/" + distributor), "{\"kind\":\"DISTRIBUTOR\"}").expect(201);
        tenant.person("dist@rbench.example", "ORGANISATION_ADMIN", distributor);

        try (Connection db = PgBench.connect()) {
            long tenantId = PgBench.single(db, "SELECT ID FROM TENANT WHERE SLUG = ?", tenant.slug());
            seed(db, tenantId, distributor);
            try (var analyze = db.createStatement()) {
                analyze.execute("ANALYZE");
            }
        }

        Api dist = BenchmarkSuite.bearer(tenant, tenant.as("dist@rbench.example"));
        String customers = tenant.path(PLUGIN + "/customers?size=50&sort=seats&dir=desc");
        String partners = tenant.path(PLUGIN + "/partners?size=50");
        assertEquals(PARTNERS * PER_PARTNER, dist.get(customers).expect(200).json().getInt("total"));
        var first = dist.get(partners).expect(200).json();
        assertEquals(PARTNERS, first.getInt("total"));
        var totals = first.getJsonArray("items").getJsonObject(0).getJsonObject("totals");
        assertEquals(PER_PARTNER, totals.getInt("customers"));
        assertEquals(PER_PARTNER * 3, totals.getInt("sites"));

        String me = tenant.path("/me");
        for (String[] page : new String[][] {
                {"customers, sorted by seats", customers},
                {"customers, searched", tenant.path(PLUGIN + "/customers?size=50&q=customer%2099")},
                {"partners with roll-ups", partners},
                {"distributors with roll-ups", tenant.path(PLUGIN + "/partners/distributors")}}) {
            Pairs.Result pairs = Pairs.latency(Pairs.PAIRS, 3, () -> dist.get(page[1]).expect(200),
                    () -> dist.get(me).expect(200));
            results.add(new Results.Row("reseller-hierarchy: a distributor's page of 50 " + page[0] + " (100 partners ×"
                    + " 100 customers, 30,000 sites, 60,000 assets), beside the host's GET /me",
                    "page " + pairs.a().format("ms") + "; /me " + pairs.b().format("ms"),
                    Results.ratio(pairs.ratio()) + " page / me", "", null, BenchmarkSuite.statements(dist, page[1]),
                    pairs.ratio().n() + " pairs of 3 calls, bearer token"));
        }
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
