package dev.annex.host.plugin.packages;

import dev.annex.host.cluster.ClusterChange;
import dev.annex.host.cluster.ClusterSignals;
import dev.annex.host.plugin.runtime.InvalidPluginException;
import dev.annex.host.plugin.runtime.PluginEntry;
import dev.annex.host.plugin.runtime.PluginInUseException;
import dev.annex.host.plugin.runtime.PluginInfo;
import dev.annex.host.plugin.runtime.PluginProblems;
import dev.annex.host.plugin.runtime.PluginRuntime;
import dev.annex.host.security.Sha256;
import dev.annex.host.time.PollingLoop;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Installed plugins as every node sees them: the jars live in the database (PLUGIN_PACKAGE), the
 * source of truth, and each node runs a copy from its own plugin folder through {@link PluginRuntime}.
 *
 * <p>An install, upgrade or uninstall through any node locks the plugin's row, changes this node's
 * runtime (which validates the jar exactly as before and refuses without touching anything), writes
 * the row and commits; then it announces {@code plugins} on the cluster. Every other node, on hearing
 * it (or at its periodic reconcile, the fallback), compares the rows with what it runs and installs the
 * database's jar, validated the same way, or uninstalls. Two installs of one plugin through two nodes
 * take turns on the row lock: the one that commits last is the version every node ends with.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class PluginPackages {

    static final String TOPIC = "plugins";
    private static final Logger LOG = Logger.getLogger(PluginPackages.class.getName());

    @Resource(lookup = "jdbc/annex")
    DataSource dataSource;
    @Resource
    ManagedScheduledExecutorService scheduler;

    private final PluginRuntime runtime;
    private final ClusterSignals signals;
    private final PluginProblems problems;
    private final Clock clock;
    private final PollingLoop reconciling;
    /** One change at a time on this node: an operator's install and a reconcile never interleave. */
    private final ReentrantLock changing = new ReentrantLock();
    /** The SHA-256 of the jar this node runs, per plugin id. */
    private final Map<String, String> running = new ConcurrentHashMap<>();
    /** Jars of the database this node could not install, so it does not try again at every round. */
    private final Map<String, String> refused = new ConcurrentHashMap<>();

    @Inject
    public PluginPackages(PluginRuntime runtime, ClusterSignals signals, PluginProblems problems, Clock clock,
                          @ConfigProperty(name = "annex.cluster.reconcile", defaultValue = "PT30S") Duration reconcile) {
        this.runtime = runtime;
        this.signals = signals;
        this.problems = problems;
        this.clock = clock;
        this.reconciling = new PollingLoop("plugin packages", reconcile, this::reconcile);
    }

    protected PluginPackages() {
        this.runtime = null;
        this.signals = null;
        this.problems = null;
        this.clock = null;
        this.reconciling = null;
    }

    /**
     * After the runtime loaded the plugin folder: offers the folder's jars to the database (a shipped
     * plugin, the first time; or a newer version than the database has), then runs what it says.
     */
    public void start() {
        changing.lock();
        try (Connection connection = dataSource.getConnection()) {
            for (PluginEntry entry : runtime.catalog().all()) {
                offer(connection, entry.info());
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Cannot record the plugin folder's jars in the database", e);
        } finally {
            changing.unlock();
        }
        reconcile();
        signals.knowTopic(TOPIC);
        reconciling.start(scheduler, Duration.ofSeconds(1));
    }

    @PreDestroy
    void stop() {
        if (reconciling != null) {
            reconciling.stop();
        }
    }

    void changed(@Observes ClusterChange change) {
        if (change.covers(TOPIC, change.key())) {
            reconciling.wake();
        }
    }

    /**
     * Installs the jar, or upgrades the installed plugin of the same id, on every node.
     *
     * @throws InvalidPluginException when it is not a plugin jar this host accepts; nothing changed
     */
    public PluginInfo install(InputStream upload) throws IOException {
        byte[] jar = upload.readAllBytes();
        Optional<String> pluginId = PluginJars.pluginId(jar);
        if (pluginId.isEmpty()) {
            // No id to lock by: the runtime refuses it with the precise reason.
            return runtime.install(new ByteArrayInputStream(jar));
        }
        String sha256 = Sha256.hex(jar);
        changing.lock();
        try {
            PluginInfo installed = inTransaction(pluginId.get(), (connection, existed) -> {
                PluginInfo info = runtime.install(new ByteArrayInputStream(jar));
                running.remove(info.id());
                PluginPackageStore.installed(connection, info.id(), info.version(), sha256, jar, now());
                return info;
            });
            running.put(installed.id(), sha256);
            refused.remove(installed.id());
            signals.publish(new ClusterChange(TOPIC, installed.id()));
            return installed;
        } finally {
            changing.unlock();
        }
    }

    /**
     * Uninstalls the plugin on every node.
     *
     * @return whether such a plugin was installed
     * @throws PluginInUseException when installed plugins depend on it; nothing changed
     */
    public boolean uninstall(String pluginId) throws IOException {
        changing.lock();
        try {
            boolean removed;
            try {
                removed = inTransaction(pluginId, (connection, existed) -> {
                boolean here = runtime.uninstall(pluginId);
                if (!here && !existed) {
                    throw new NoSuchPlugin();
                }
                PluginPackageStore.uninstalled(connection, pluginId, now());
                return here;
            });
            } catch (NoSuchPlugin e) {
                return false;
            }
            running.remove(pluginId);
            signals.publish(new ClusterChange(TOPIC, pluginId));
            return removed;
        } finally {
            changing.unlock();
        }
    }

    /** Makes this node run what the database says: installs missing or different jars, uninstalls the rest. */
    void reconcile() {
        changing.lock();
        try (Connection connection = dataSource.getConnection()) {
            List<PluginPackage> packages = PluginPackageStore.all(connection);
            for (PluginPackage wanted : packages) {
                if (wanted.installed() && !wanted.sha256().equals(runningSha(wanted.pluginId()))
                        && !wanted.sha256().equals(refused.get(wanted.pluginId()))) {
                    installFromDatabase(connection, wanted);
                }
            }
            // Dependants first: an uninstall refused because another removed plugin still needs it
            // succeeds in a later pass.
            for (int pass = 0; pass < packages.size(); pass++) {
                boolean progress = false;
                for (PluginPackage wanted : packages) {
                    if (!wanted.installed() && runtime.catalog().find(wanted.pluginId()).isPresent()) {
                        progress |= uninstallHere(wanted.pluginId());
                    }
                }
                if (!progress) {
                    break;
                }
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Cannot read the plugin packages; the next round tries again", e);
        } finally {
            changing.unlock();
        }
    }

    private String runningSha(String pluginId) {
        return runtime.catalog().find(pluginId).isPresent() ? running.get(pluginId) : null;
    }

    private void installFromDatabase(Connection connection, PluginPackage wanted) throws SQLException {
        Optional<byte[]> jar = PluginPackageStore.jar(connection, wanted.pluginId());
        if (jar.isEmpty() || !Sha256.hex(jar.get()).equals(wanted.sha256())) {
            return; // changed meanwhile: the notification of that change brings another round
        }
        try {
            PluginInfo info = runtime.install(new ByteArrayInputStream(jar.get()));
            running.put(info.id(), wanted.sha256());
            refused.remove(info.id());
            LOG.info(() -> "Plugin " + info.id() + " " + info.version() + " taken from the database: " + info.state());
        } catch (InvalidPluginException | IOException e) {
            refused.put(wanted.pluginId(), wanted.sha256());
            LOG.log(Level.SEVERE, "This node refuses the database's plugin " + wanted.pluginId() + " "
                    + wanted.version(), e);
            problems.record(wanted.pluginId(), "this node refused version " + wanted.version()
                    + " from the database: " + e.getMessage());
        }
    }

    private boolean uninstallHere(String pluginId) {
        try {
            runtime.uninstall(pluginId);
            running.remove(pluginId);
            LOG.info(() -> "Plugin " + pluginId + " uninstalled, as the database says");
            return true;
        } catch (PluginInUseException e) {
            return false;
        }
    }

    private void offer(Connection connection, PluginInfo local) throws SQLException, IOException {
        Optional<Path> file = runtime.jarOf(local.id());
        if (file.isEmpty()) {
            return;
        }
        byte[] jar = Files.readAllBytes(file.get());
        String sha256 = Sha256.hex(jar);
        running.put(local.id(), sha256);
        Optional<PluginPackage> known = PluginPackageStore.all(connection).stream()
                .filter(p -> p.pluginId().equals(local.id())).findFirst();
        boolean newer = known.isPresent() && known.get().installed()
                && PluginJars.newer(local.version(), known.get().version());
        try {
            if (newer) {
                PluginPackageStore.installed(connection, local.id(), local.version(), sha256, jar, now());
                LOG.info(() -> "Plugin " + local.id() + " " + local.version() + " from the plugin folder replaces "
                        + known.get().version() + " in the database");
            } else if (known.isEmpty()) {
                PluginPackageStore.offer(connection, local.id(), local.version(), sha256, jar, now());
            }
        } catch (SQLException e) {
            if (!PluginPackageStore.duplicate(e)) {
                throw e;
            }
            // Another node recorded it first: its row is the truth.
        }
    }

    private interface Change<T> {
        /** @param existed whether the database knew the plugin before */
        T apply(Connection connection, boolean existed) throws IOException, SQLException;
    }

    /** Rolls back the row an uninstall of an unknown plugin would have created. */
    private static final class NoSuchPlugin extends RuntimeException {
        NoSuchPlugin() {
            super(null, null, false, false);
        }
    }

    /** Runs the change with the plugin's row locked; commits, or rolls back whatever it threw. */
    private <T> T inTransaction(String pluginId, Change<T> change) throws IOException {
        for (int attempt = 1; ; attempt++) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try {
                    boolean existed = PluginPackageStore.lock(connection, pluginId, now());
                    T result = change.apply(connection, existed);
                    connection.commit();
                    return result;
                } catch (SQLException | IOException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                } finally {
                    connection.setAutoCommit(true);
                }
            } catch (SQLException e) {
                if (attempt < 3 && PluginPackageStore.duplicate(e)) {
                    continue; // another node created the row first: lock it on the next attempt
                }
                throw new IllegalStateException("Cannot record plugin " + pluginId + " in the database", e);
            }
        }
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
