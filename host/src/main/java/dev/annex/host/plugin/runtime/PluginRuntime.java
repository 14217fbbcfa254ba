package dev.annex.host.plugin.runtime;

import dev.annex.host.plugin.persistence.PluginUnitException;
import dev.annex.host.plugin.persistence.PluginUnits;
import dev.annex.plugin.api.AnnexPlugin;
import dev.annex.plugin.api.PluginApi;
import dev.annex.plugin.api.directory.DirectoryEventListener;
import dev.annex.plugin.api.event.TicketEventListener;
import dev.annex.plugin.api.jobs.ScheduledJob;
import dev.annex.plugin.api.lifecycle.TenantLifecycleListener;
import dev.annex.plugin.api.rest.RestExtension;
import dev.annex.plugin.api.settings.SettingDefinition;
import dev.annex.plugin.api.ui.UiContribution;
import dev.annex.plugin.api.ui.UiExtension;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pf4j.ManifestPluginDescriptorFinder;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginWrapper;

/**
 * Owns PF4J: loads the plugins of the plugin folder at start, installs, upgrades and removes
 * them while the server runs, and publishes what is installed as an immutable
 * {@link PluginCatalog}. Changes are serialised by a lock; readers take the current catalog
 * without locking, so they never see a plugin half-loaded. A plugin that fails to load or start
 * is recorded as failed, with its reason, and the others carry on.
 */
@ApplicationScoped
public class PluginRuntime {

    private static final Logger LOG = Logger.getLogger(PluginRuntime.class.getName());
    private static final Pattern FIRST_VERSION = Pattern.compile("(\\d+)\\.\\d+\\.\\d+");

    private final Path pluginsRoot;
    private final PluginContextFactory contexts;
    private final PluginUnits units;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile PluginCatalog catalog = PluginCatalog.EMPTY;
    /** Why a plugin's start failed; PF4J keeps no reason when start() itself throws. */
    private final Map<String, String> startFailures = new java.util.concurrent.ConcurrentHashMap<>();
    private AnnexPluginManager manager;

    @Inject
    public PluginRuntime(@ConfigProperty(name = "annex.plugins.dir", defaultValue = "plugins") String pluginsDir,
                         PluginContextFactory contexts, PluginUnits units) {
        this.pluginsRoot = Path.of(pluginsDir).toAbsolutePath();
        this.contexts = contexts;
        this.units = units;
    }

    protected PluginRuntime() {
        this.pluginsRoot = null;
        this.contexts = null;
        this.units = null;
    }

    public PluginCatalog catalog() {
        return catalog;
    }

    public void start() {
        lock.lock();
        try {
            Files.createDirectories(pluginsRoot);
            manager = new AnnexPluginManager(pluginsRoot, contexts::forPlugin);
            manager.loadPlugins();
            for (PluginWrapper plugin : manager.getPlugins()) {
                startOne(plugin);
            }
            publish();
            LOG.info(() -> "Plugins in " + pluginsRoot + ": " + catalog.all().stream()
                    .map(e -> e.info().id() + " " + e.info().version() + " " + e.info().state()).toList());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot use plugin folder " + pluginsRoot, e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Installs a plugin jar, or upgrades the installed plugin of the same id, without a restart.
     *
     * @throws InvalidPluginException when the file is not a plugin jar with a valid manifest
     */
    public PluginInfo install(InputStream jar) throws IOException {
        lock.lock();
        try {
            // Staged outside the plugin folder, so a half-written upload is never taken for a plugin.
            Path upload = Files.createTempFile("annex-plugin-upload-", ".jar");
            try {
                Files.copy(jar, upload, StandardCopyOption.REPLACE_EXISTING);
                PluginDescriptor descriptor = describe(upload);
                String pluginId = descriptor.getPluginId();
                if (manager.getPlugin(pluginId) != null) {
                    units.close(pluginId);
                    manager.deletePlugin(pluginId);
                }
                Path target = pluginsRoot.resolve(pluginId + "-" + descriptor.getVersion() + ".jar");
                Files.move(upload, target, StandardCopyOption.REPLACE_EXISTING);
                String loaded = manager.loadPlugin(target);
                startOne(manager.getPlugin(loaded));
                publish();
                LOG.info(() -> "Installed plugin " + pluginId + " " + descriptor.getVersion());
                return catalog.find(pluginId).orElseThrow().info();
            } finally {
                Files.deleteIfExists(upload);
            }
        } finally {
            lock.unlock();
        }
    }

    /** @return whether such a plugin was installed */
    public boolean uninstall(String pluginId) {
        lock.lock();
        try {
            if (manager.getPlugin(pluginId) == null) {
                return false;
            }
            units.close(pluginId);
            manager.deletePlugin(pluginId);
            publish();
            LOG.info(() -> "Uninstalled plugin " + pluginId);
            return true;
        } finally {
            lock.unlock();
        }
    }

    @PreDestroy
    void stop() {
        lock.lock();
        try {
            if (manager != null) {
                units.closeAll();
                // unloadPlugins stops and closes every class loader; stopPlugins alone leaks them (pf4j#656).
                manager.unloadPlugins();
            }
            catalog = PluginCatalog.EMPTY;
        } finally {
            lock.unlock();
        }
    }

    private static PluginDescriptor describe(Path jar) {
        try {
            PluginDescriptor descriptor = new ManifestPluginDescriptorFinder().find(jar);
            if (descriptor.getPluginId() == null || descriptor.getPluginId().isBlank()) {
                throw new InvalidPluginException("The jar's manifest has no Plugin-Id");
            }
            return descriptor;
        } catch (RuntimeException e) {
            if (e instanceof InvalidPluginException invalid) {
                throw invalid;
            }
            throw new InvalidPluginException("Not a plugin jar: " + e.getMessage());
        }
    }

    private void startOne(PluginWrapper plugin) {
        String refusal = apiRefusal(plugin.getDescriptor().getRequires());
        if (refusal != null) {
            LOG.warning(() -> "Plugin " + plugin.getPluginId() + " refused: " + refusal);
            return;
        }
        startFailures.remove(plugin.getPluginId());
        try {
            units.open(plugin);
        } catch (PluginUnitException e) {
            LOG.severe(() -> "Plugin " + plugin.getPluginId() + " not started: " + e.getMessage());
            startFailures.put(plugin.getPluginId(), e.getMessage());
            return;
        }
        try {
            manager.startPlugin(plugin.getPluginId());
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.SEVERE, "Plugin " + plugin.getPluginId() + " failed to start", e);
            startFailures.put(plugin.getPluginId(), "start() threw " + e);
        }
        if (plugin.getPluginState() != org.pf4j.PluginState.STARTED) {
            units.close(plugin.getPluginId());
            LOG.severe(() -> "Plugin " + plugin.getPluginId() + " is " + plugin.getPluginState() + ": "
                    + failure(plugin));
        }
    }

    /** Why the host will not run a plugin built for this API requirement, or null when it will. */
    static String apiRefusal(String requires) {
        if (requires == null || requires.isBlank() || requires.equals("*")) {
            return "it does not declare the plugin API it was built for (Plugin-Requires)";
        }
        Matcher version = FIRST_VERSION.matcher(requires);
        if (!version.find() || Integer.parseInt(version.group(1)) != PluginApi.MAJOR) {
            return "it requires plugin API " + requires + "; this host serves " + PluginApi.VERSION;
        }
        String exact = requires.trim().matches("\\d+\\.\\d+\\.\\d+") ? ">=" + requires.trim() : requires;
        if (!new org.pf4j.DefaultVersionManager().checkVersionConstraint(PluginApi.VERSION, exact)) {
            return "it requires plugin API " + requires + "; this host serves " + PluginApi.VERSION;
        }
        return null;
    }

    private void publish() {
        Map<String, PluginEntry> entries = new HashMap<>();
        for (PluginWrapper plugin : manager.getPlugins()) {
            entries.put(plugin.getPluginId(), entry(plugin));
        }
        catalog = new PluginCatalog(entries);
    }

    private PluginEntry entry(PluginWrapper plugin) {
        PluginDescriptor d = plugin.getDescriptor();
        String refusal = apiRefusal(d.getRequires());
        PluginState state = refusal != null ? PluginState.REFUSED
                : plugin.getPluginState() == org.pf4j.PluginState.STARTED ? PluginState.STARTED : PluginState.FAILED;
        PluginInfo info = new PluginInfo(d.getPluginId(), d.getVersion(), d.getProvider(), d.getPluginDescription(),
                d.getRequires(), state, state == PluginState.STARTED ? null : refusal != null ? refusal : failure(plugin));
        if (state != PluginState.STARTED) {
            return new PluginEntry(info, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        }
        String id = d.getPluginId();
        try {
            List<SettingDefinition> settings = plugin.getPlugin() instanceof AnnexPlugin annex ? annex.settings() : List.of();
            List<UiContribution> ui = manager.getExtensions(UiExtension.class, id).stream()
                    .flatMap(extension -> extension.contributions().stream()).toList();
            return new PluginEntry(info, plugin.getPluginClassLoader(), List.copyOf(settings), ui,
                    manager.getExtensions(RestExtension.class, id), manager.getExtensions(TicketEventListener.class, id),
                    manager.getExtensions(TenantLifecycleListener.class, id), manager.getExtensions(ScheduledJob.class, id),
                    manager.getExtensions(DirectoryEventListener.class, id));
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.SEVERE, "Plugin " + id + " failed while its extensions were read", e);
            PluginInfo failed = new PluginInfo(info.id(), info.version(), info.provider(), info.description(),
                    info.requires(), PluginState.FAILED, "its extensions could not be created: " + e);
            return new PluginEntry(failed, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        }
    }

    private String failure(PluginWrapper plugin) {
        String startFailure = startFailures.get(plugin.getPluginId());
        if (startFailure != null) {
            return startFailure;
        }
        Throwable failed = plugin.getFailedException();
        if (failed == null) {
            return "state " + plugin.getPluginState();
        }
        Throwable root = failed;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == failed ? String.valueOf(failed) : failed.getMessage() + " (" + root + ")";
    }
}
