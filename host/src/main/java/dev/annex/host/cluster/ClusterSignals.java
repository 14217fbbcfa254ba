package dev.annex.host.cluster;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The one way to announce a {@link ClusterChange}. Code that changes shared state publishes here after
 * writing it; caches observe {@code ClusterChange} (plain {@code @Observes}) and drop their entries.
 *
 * <p>The change is fired on this node at once. On PostgreSQL it is also sent to every other node with
 * {@code pg_notify} on the channel {@value #CHANNEL}: inside a transaction the notification is part of
 * it (heard on commit, never for a rollback), outside one it is sent at once. Each node's
 * {@link ClusterListener} fires what it hears from the others; it also re-fires every topic now and
 * then, so a notification lost while a node was disconnected costs at most one reconcile interval.
 */
@ApplicationScoped
public class ClusterSignals {

    public static final String CHANNEL = "annex_cluster";
    private static final Logger LOG = Logger.getLogger(ClusterSignals.class.getName());

    @Resource(lookup = "jdbc/annex")
    DataSource dataSource;

    private Event<ClusterChange> local;
    private ClusterNode node;
    /** Every topic announced or heard here: what the periodic reconcile re-fires. */
    private final Set<String> topics = ConcurrentHashMap.newKeySet();

    @Inject
    public ClusterSignals(Event<ClusterChange> local, ClusterNode node) {
        this.local = local;
        this.node = node;
    }

    protected ClusterSignals() {
        // for CDI's proxy
    }

    public void publish(ClusterChange change) {
        topics.add(change.topic());
        local.fire(change);
        if (node.shared()) {
            notifyOthers(change);
        }
    }

    /** Fires a change heard from another node, here only. */
    void heard(ClusterChange change) {
        topics.add(change.topic());
        local.fire(change);
    }

    /** Fires "everything of this topic changed" here for every topic known: the fallback for lost notifications. */
    void reconcileAll() {
        for (String topic : topics) {
            local.fire(ClusterChange.all(topic));
        }
    }

    /** Makes the periodic reconcile cover this topic, before anything of it was announced. */
    public void knowTopic(String topic) {
        topics.add(ClusterChange.all(topic).topic());
    }

    private void notifyOthers(ClusterChange change) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
            statement.setString(1, CHANNEL);
            statement.setString(2, ClusterMessage.format(node.id(), change));
            statement.execute();
        } catch (SQLException e) {
            // The change itself is written: the other nodes pick it up at their next reconcile.
            LOG.log(Level.WARNING, "Cannot announce " + change + " to the other nodes; they reconcile later", e);
        }
    }
}
