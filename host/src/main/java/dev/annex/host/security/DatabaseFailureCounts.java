package dev.annex.host.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * The throttle's counts in LOGIN_FAILURE. Each call is a transaction of its own: a failed sign-in
 * rolls back the request's work, never the failure it counted. Rows are keyed by a hash of the
 * area and login: no email address is stored for a failed guess.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class DatabaseFailureCounts implements FailureCounts {

    private static final Duration KEPT = Duration.ofDays(1);
    private static final int PRUNE_EVERY = 1000;

    @Resource(lookup = "jdbc/annex")
    DataSource dataSource;

    private final AtomicInteger sincePrune = new AtomicInteger();

    @Override
    public Optional<Instant> blockedUntil(String key) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT BLOCKED_UNTIL FROM LOGIN_FAILURE WHERE THROTTLE_KEY = ?")) {
            select.setString(1, row(key));
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.ofNullable(rows.getTimestamp(1)).map(Timestamp::toInstant) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the login throttle", e);
        }
    }

    @Override
    public int add(String key, Instant now) {
        try (Connection connection = dataSource.getConnection()) {
            if (sincePrune.incrementAndGet() >= PRUNE_EVERY) {
                sincePrune.set(0);
                prune(connection, now.minus(KEPT));
            }
            // The update locks the row: of two nodes counting at once, the second reads both failures.
            if (!increment(connection, key, now)) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO LOGIN_FAILURE (THROTTLE_KEY, FAILURES, LAST_FAILURE) VALUES (?, 1, ?)")) {
                    insert.setString(1, row(key));
                    insert.setTimestamp(2, Timestamp.from(now));
                    insert.executeUpdate();
                    return 1;
                } catch (SQLException e) {
                    if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                        // The other insert committed first (Derby and PostgreSQL wait for it, then
                        // refuse the duplicate key); on PostgreSQL this transaction is now unusable.
                        throw new FirstFailureRace(e);
                    }
                    throw e;
                }
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT FAILURES FROM LOGIN_FAILURE WHERE THROTTLE_KEY = ?")) {
                select.setString(1, row(key));
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count a failed login", e);
        }
    }

    @Override
    public void block(String key, Instant until) {
        execute("UPDATE LOGIN_FAILURE SET BLOCKED_UNTIL = ? WHERE THROTTLE_KEY = ?", Timestamp.from(until), row(key));
    }

    @Override
    public void clear(String key) {
        execute("DELETE FROM LOGIN_FAILURE WHERE THROTTLE_KEY = ?", row(key));
    }

    private static String row(String key) {
        return SecretTokens.hash(key);
    }

    private static boolean increment(Connection connection, String key, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE LOGIN_FAILURE SET FAILURES = FAILURES + 1, LAST_FAILURE = ? WHERE THROTTLE_KEY = ?")) {
            update.setTimestamp(1, Timestamp.from(now));
            update.setString(2, row(key));
            return update.executeUpdate() == 1;
        }
    }

    private static void prune(Connection connection, Instant before) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM LOGIN_FAILURE WHERE LAST_FAILURE < ?")) {
            delete.setTimestamp(1, Timestamp.from(before));
            delete.executeUpdate();
        }
    }

    private void execute(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write the login throttle", e);
        }
    }
}
