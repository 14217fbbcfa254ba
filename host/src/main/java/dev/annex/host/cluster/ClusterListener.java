package dev.annex.host.cluster;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * On PostgreSQL, hears the other nodes' {@link ClusterChange}s: one connection of its own, on one
 * managed thread, does {@code LISTEN} and waits for notifications (a second at a time, so a stop is
 * noticed), firing each other node's change here. A broken connection is replaced, after a pause that
 * grows to 30 s; after each (re)connect, and every {@code annex.cluster.reconcile}, every known topic
 * is re-fired as changed, which covers whatever was announced while nobody listened.
 * On Derby there is nothing to listen to.
 */
@ApplicationScoped
public class ClusterListener {

    private static final Logger LOG = Logger.getLogger(ClusterListener.class.getName());
    private static final Duration WAIT = Duration.ofSeconds(1);
    private static final Duration MAX_PAUSE = Duration.ofSeconds(30);

    @Resource(lookup = "jdbc/annex")
    DataSource dataSource;
    @Resource
    ManagedThreadFactory threads;

    private final ClusterNode node;
    private final ClusterSignals signals;
    private final Duration reconcile;
    private volatile boolean stopped;
    private volatile boolean listening;
    private Thread thread;

    @Inject
    public ClusterListener(ClusterNode node, ClusterSignals signals,
                           @ConfigProperty(name = "annex.cluster.reconcile", defaultValue = "PT30S") Duration reconcile) {
        this.node = node;
        this.signals = signals;
        this.reconcile = reconcile;
    }

    protected ClusterListener() {
        this(null, null, Duration.ZERO);
    }

    public synchronized void start() {
        if (!node.shared() || thread != null) {
            return;
        }
        thread = threads.newThread(this::listen);
        thread.setName("annex-cluster-listener");
        thread.setDaemon(true);
        thread.start();
    }

    /** Whether this node is connected and listening (always false on Derby). */
    public boolean listening() {
        return listening;
    }

    @PreDestroy
    synchronized void stop() {
        stopped = true;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void listen() {
        Duration pause = WAIT;
        while (!stopped) {
            try (Connection connection = dataSource.getConnection()) {
                PGConnection pg = connection.unwrap(PGConnection.class);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + ClusterSignals.CHANNEL);
                }
                listening = true;
                pause = WAIT;
                LOG.info(() -> "Cluster node " + node.id() + " listening on " + ClusterSignals.CHANNEL);
                signals.reconcileAll();
                long nextReconcile = System.nanoTime() + reconcile.toNanos();
                while (!stopped) {
                    PGNotification[] notifications = pg.getNotifications((int) WAIT.toMillis());
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            deliver(notification.getParameter());
                        }
                    }
                    if (System.nanoTime() - nextReconcile > 0) {
                        signals.reconcileAll();
                        nextReconcile = System.nanoTime() + reconcile.toNanos();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (stopped) {
                    return;
                }
                Duration wait = pause;
                LOG.log(Level.WARNING, "Cluster listener lost its connection; reconnecting in " + wait, e);
                pause = pause.multipliedBy(2).compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause.multipliedBy(2);
                try {
                    Thread.sleep(wait.toMillis());
                } catch (InterruptedException interrupted) {
                    return;
                }
            } finally {
                listening = false;
            }
        }
    }

    private void deliver(String payload) {
        ClusterMessage.parse(payload).ifPresentOrElse(message -> {
            if (!message.node().equals(node.id())) {
                try {
                    signals.heard(message.change());
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "An observer of " + message.change() + " failed", e);
                }
            }
        }, () -> LOG.fine(() -> "Not a cluster message, ignored: " + payload));
    }
}
