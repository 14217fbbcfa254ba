package dev.annex.host.jobs;

import dev.annex.host.cluster.ClusterNode;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Which node runs a job for a due time (JOB_LEASE): the one whose update moves the job's last run from
 * at least one interval ago to now. Each claim is one statement in its own transaction, so of two nodes
 * claiming at once exactly one succeeds (the row lock orders them; the second finds the row moved).
 */
@ApplicationScoped
public class JobLeases {

    @Resource(lookup = "jdbc/annex")
    DataSource dataSource;

    private final ClusterNode node;

    @Inject
    public JobLeases(ClusterNode node) {
        this.node = node;
    }

    protected JobLeases() {
        this(null);
    }

    /** @return whether this node is to run the job now */
    public boolean claim(String jobKey, Instant now, Duration interval) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE JOB_LEASE SET LAST_RUN = ?, NODE = ? WHERE JOB_KEY = ? AND LAST_RUN <= ?")) {
                update.setTimestamp(1, Timestamp.from(now));
                update.setString(2, node.id());
                update.setString(3, jobKey);
                update.setTimestamp(4, Timestamp.from(now.minus(interval)));
                if (update.executeUpdate() == 1) {
                    return true;
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO JOB_LEASE (JOB_KEY, LAST_RUN, NODE) VALUES (?, ?, ?)")) {
                insert.setString(1, jobKey);
                insert.setTimestamp(2, Timestamp.from(now));
                insert.setString(3, node.id());
                insert.executeUpdate();
                return true;
            } catch (SQLException e) {
                if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                    return false; // the row is there and not yet due: another node ran it
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot claim job " + jobKey, e);
        }
    }
}
