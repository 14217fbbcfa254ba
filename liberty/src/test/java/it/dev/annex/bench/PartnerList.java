package it.dev.annex.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The suite's partner-list row: a partner's ticket list through the host's API, with 1,000
 * permission-grants grants over 100,000 tickets in 1,000 customer organisations on PostgreSQL,
 * against the same first page written as one hand-made SQL query over JDBC, in interleaved pairs.
 *
 * <p>Data: customers C1..C1000, 100 tickets each, one contact each (tickets and people seeded with
 * SQL generate_series). Grants, written through the plugin's REST API like a customer would:
 * C1..C450 give the partner organisation P View; C1..C50 also give the benchmark's partner
 * contact a personal CC (which narrows P's View for them); C501..C1000 give another partner
 * organisation Q View. So the contact sees C51..C450: 40,000 tickets.
 */
final class PartnerList {

    private static final String PLUGIN = "/plugins/permission-grants";
    private static final int CUSTOMERS = 1000;
    private static final int TICKETS = 100_000;

    private PartnerList() {
    }

    static void measure(Results results) throws Exception {
        TestTenant tenant = TestTenant.create("bench");
        TestTenant.OPERATOR.put("/api/operator/tenants/" + tenant.slug() + "/plugins/permission-grants", null).expect(200);
        long partnerP = tenant.organisation("Partner P", "BENCH-P");
        long partnerQ = tenant.organisation("Partner Q", "BENCH-Q");
        long contact = tenant.person("bp@bench.example", "CONTACT", partnerP);

        try (Connection db = PgBench.connect()) {
            long tenantId = PgBench.single(db, "SELECT ID FROM TENANT WHERE SLUG = ?", tenant.slug());
            seed(db, tenantId);
            List<Long> customers = ids(db, "SELECT ID FROM ORGANISATION WHERE TENANT_ID = ? AND ACCOUNT_NUMBER LIKE 'C%'"
                    + " ORDER BY ID", tenantId);

            Api admin = BenchmarkSuite.bearer(tenant, tenant.admin());
            String expires = Instant.now().plus(300, ChronoUnit.DAYS).toString();
            for (int i = 0; i < CUSTOMERS; i++) {
                long subject = i < 450 ? partnerP : i >= 500 ? partnerQ : -1;
                if (subject > 0) {
                    grant(tenant, admin, customers.get(i), "ORGANISATION", subject, "VIEW", expires);
                }
                if (i < 50) {
                    grant(tenant, admin, customers.get(i), "PERSON", contact, "CC", expires);
                }
            }
            assertEquals(1000L, PgBench.single(db, "SELECT COUNT(*) FROM ACCESS_GRANT WHERE TENANT_ID = ?", tenantId));
            try (var analyze = db.createStatement()) {
                analyze.execute("ANALYZE");
            }

            Api partner = BenchmarkSuite.bearer(tenant, tenant.as("bp@bench.example"));
            String list = tenant.path("/tickets?size=25");
            assertEquals(40_000, partner.get(list).expect(200).json().getInt("total"));
            List<Long> apiPage = partner.get(list).json().getJsonArray("items").stream()
                    .map(t -> t.asJsonObject().getJsonNumber("id").longValue()).toList();
            List<Long> sqlPage = handWritten(db, tenantId, contact, partnerP);
            assertEquals(apiPage, sqlPage.subList(0, sqlPage.size() - 1), "both give the same first page");
            assertEquals(40_000L, sqlPage.get(sqlPage.size() - 1), "and the same total");

            Pairs.Result pairs = Pairs.latency(Pairs.PAIRS, 3, () -> partner.get(list).expect(200),
                    () -> handWritten(db, tenantId, contact, partnerP));
            results.add(new Results.Row("a partner's ticket list (first page of 25 and total), 1,000 grants over 100,000"
                    + " tickets in 1,000 organisations, vs the best hand-written SQL for the same page",
                    "API " + pairs.a().format("ms") + "; SQL " + pairs.b().format("ms"), Results.ratio(pairs.ratio())
                    + " API / SQL", "≤ 2.0", pairs.ratio().median() <= 2.0,
                    BenchmarkSuite.statements(partner, list),
                    pairs.ratio().n() + " pairs of 3 calls; API over HTTP with bearer token, SQL over JDBC"));
        }
    }

    private static void seed(Connection db, long tenantId) throws SQLException {
        db.setAutoCommit(false);
        update(db, "INSERT INTO ORGANISATION (TENANT_ID, NAME, ACCOUNT_NUMBER, ACTIVE, CREATED_AT)"
                + " SELECT ?, 'Customer ' || g, 'C' || g, TRUE, now() FROM generate_series(1, " + CUSTOMERS + ") g", tenantId);
        update(db, "INSERT INTO PERSON (TENANT_ID, EMAIL, DISPLAY_NAME, ROLE, ORGANISATION_ID, ACTIVE, CREATED_AT)"
                + " SELECT o.TENANT_ID, lower(o.ACCOUNT_NUMBER) || '@customer.example', 'Contact of ' || o.NAME, 'CONTACT',"
                + " o.ID, TRUE, now() FROM ORGANISATION o WHERE o.TENANT_ID = ? AND o.ACCOUNT_NUMBER LIKE 'C%'", tenantId);
        update(db, "INSERT INTO TICKET (TENANT_ID, TICKET_NUMBER, SUBJECT, DESCRIPTION, STATUS, PRIORITY, REQUESTER_ID,"
                + " ORGANISATION_ID, CREATED_AT, UPDATED_AT, VERSION)"
                + " SELECT ?, g, 'Ticket ' || g, 'Seeded', 'OPEN', 'NORMAL', c.PERSON_ID, c.ORG_ID,"
                + " TIMESTAMP '2026-01-01 00:00:00' + g * INTERVAL '1 minute', TIMESTAMP '2026-01-01 00:00:00' + g * INTERVAL '1 minute', 1"
                + " FROM generate_series(1, " + TICKETS + ") g"
                + " JOIN (SELECT row_number() OVER (ORDER BY o.ID) - 1 AS IDX, o.ID AS ORG_ID, p.ID AS PERSON_ID"
                + "       FROM ORGANISATION o JOIN PERSON p ON p.ORGANISATION_ID = o.ID"
                + "       WHERE o.TENANT_ID = ? AND o.ACCOUNT_NUMBER LIKE 'C%') c ON c.IDX = (g - 1) % " + CUSTOMERS,
                tenantId, tenantId);
        update(db, "UPDATE TICKET_COUNTER SET NEXT_NUMBER = " + (TICKETS + 1) + " WHERE TENANT_ID = ?", tenantId);
        db.commit();
        db.setAutoCommit(true);
    }

    /**
     * The list as one would write it by hand: the viewer's live grants resolved once (a person's
     * grant on a target hiding their organisation's), then the first page and the total.
     */
    private static List<Long> handWritten(Connection db, long tenantId, long person, long organisation) throws SQLException {
        String sql = "WITH live AS (SELECT g.SUBJECT_KIND, g.TARGET_KIND, g.TARGET_ID, g.LEVEL_RANK FROM ACCESS_GRANT g"
                + "   WHERE g.TENANT_ID = ? AND g.SOURCE_PLUGIN = 'permission-grants'"
                + "   AND EXISTS (SELECT 1 FROM PLUGIN_TENANT e WHERE e.TENANT_ID = g.TENANT_ID AND e.PLUGIN_ID = g.SOURCE_PLUGIN)"
                + "   AND (g.EXPIRES_AT IS NULL OR g.EXPIRES_AT > now())"
                + "   AND ((g.SUBJECT_KIND = 'PERSON' AND g.SUBJECT_ID = ?) OR (g.SUBJECT_KIND = 'ORGANISATION' AND g.SUBJECT_ID = ?))),"
                + " readable AS (SELECT l.TARGET_KIND, l.TARGET_ID FROM live l WHERE l.LEVEL_RANK >= 10"
                + "   AND (l.SUBJECT_KIND = 'PERSON' OR NOT EXISTS (SELECT 1 FROM live p WHERE p.SUBJECT_KIND = 'PERSON'"
                + "   AND p.TARGET_KIND = l.TARGET_KIND AND p.TARGET_ID = l.TARGET_ID)))"
                + " SELECT t.ID, t.TICKET_NUMBER, t.SUBJECT, t.STATUS, t.PRIORITY, t.UPDATED_AT, COUNT(*) OVER () AS TOTAL"
                + " FROM TICKET t WHERE t.TENANT_ID = ? AND (t.REQUESTER_ID = ?"
                + "   OR t.ORGANISATION_ID IN (SELECT TARGET_ID FROM readable WHERE TARGET_KIND = 'ORGANISATION_TICKETS')"
                + "   OR t.ID IN (SELECT TARGET_ID FROM readable WHERE TARGET_KIND = 'TICKET')"
                + "   OR t.ID IN (SELECT p.TICKET_ID FROM TICKET_PARTICIPANT p WHERE p.TENANT_ID = ? AND p.PERSON_ID = ?))"
                + " ORDER BY t.UPDATED_AT DESC, t.ID DESC LIMIT 25";
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            int i = 1;
            for (long value : new long[] {tenantId, person, organisation, tenantId, person, tenantId, person}) {
                statement.setLong(i++, value);
            }
            List<Long> ids = new ArrayList<>();
            long total = 0;
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                    total = rows.getLong(7);
                }
            }
            ids.add(total);
            return ids;
        }
    }

    private static void grant(TestTenant tenant, Api admin, long customer, String kind, long subject, String level,
                              String expires) {
        admin.post(tenant.path(PLUGIN + "/grants?customer=" + customer), Json.createObjectBuilder()
                .add("subjectKind", kind).add("subjectId", subject).add("level", level).add("expiresAt", expires).build())
                .expect(201);
    }

    private static void update(Connection db, String sql, long... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setLong(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private static List<Long> ids(Connection db, String sql, long parameter) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setLong(1, parameter);
            List<Long> ids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            return ids;
        }
    }
}
