package it.dev.annex.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Assumptions;

/** What the PostgreSQL benchmarks share: the IT database over JDBC (for seeding), and the median of timed runs. */
final class PgBench {

    static final int WARM_UP = 10;
    static final int RUNS = 51;

    private PgBench() {
    }

    /** Skips the benchmark unless it runs with -Ppostgresql (call it first, before making any data). */
    static void assumePostgresql() {
        String url = System.getProperty("annex.it.pg.url");
        Assumptions.assumeTrue(url != null && !url.isBlank() && "postgresql".equals(System.getProperty("annex.it.db")),
                "run with -Ppostgresql");
    }

    /** The IT server's PostgreSQL schema. */
    static Connection connect() throws SQLException {
        String url = System.getProperty("annex.it.pg.url");
        String schema = System.getProperty("annex.it.pg.schema");
        return DriverManager.getConnection(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema,
                System.getProperty("annex.it.pg.user", "postgres"), System.getProperty("annex.it.pg.password", ""));
    }

    /** The median in milliseconds of {@link #RUNS} calls after {@link #WARM_UP} untimed ones. */
    static double median(Callable<?> call) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            call.call();
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            call.call();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis[RUNS / 2];
    }

    static long single(Connection db, String sql, Object parameter) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
