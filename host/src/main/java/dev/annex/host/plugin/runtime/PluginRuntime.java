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
import dev.annex.plugin.api.ui.UiExtension;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    /** A plugin id is part of file names, URLs and table names: nothing that could leave a folder. */
    static final Pattern PLUGIN_ID = Pattern.compile("[a-z][a-z0-9-]{1,63}");
    /** Semantic Versioning 2.0.0, as semver.org's regular expression (also part of the jar's name). */
    static final Pattern SEMVER = Pattern.compile("(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)"
            + "(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
            + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?");

    private final Path pluginsRoot;
    private final Duration drainLimit;
    private final PluginContextFactory contexts;
    private final PluginUnits units;
    private final PluginCalls calls;
    private final PluginProblems problems;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile PluginCatalog catalog = PluginCatalog.EMPTY;
    /** The catalog before plugins were hidden, while their running calls drain; else null. */
    private volatile PluginCatalog draining;
    /** Why a plugin's start failed; PF4J keeps no reason when start() itself throws. */
    private final Map<String, String> startFailures = new java.util.concurrent.ConcurrentHashMap<>();
    private AnnexPluginManager manager;
    private final DependencyGate gate = new DependencyGate();
    /** Plugins being replaced by an upgrade now: hidden, and back (as the new version) when it ends. */
    private final java.util.Set<String> replacing = new java.util.HashSet<>();

    @Inject
    public PluginRuntime(@ConfigProperty(name = "annex.plugins.dir", defaultValue = "plugins") String pluginsDir,
                         @ConfigProperty(name = "annex.plugins.drain-limit", defaultValue = "PT30S") Duration drainLimit,
                         PluginContextFactory contexts, PluginUnits units, PluginCalls calls,
                         PluginProblems problems) {
        this.pluginsRoot = Path.of(pluginsDir).toAbsolutePath();
        this.drainLimit = drainLimit;
        this.contexts = contexts;
        this.units = units;
        this.calls = calls;
        this.problems = problems;
    }

    protected PluginRuntime() {
        this.pluginsRoot = null;
        this.drainLimit = null;
        this.contexts = null;
        this.units = null;
        this.calls = null;
        this.problems = null;
    }

    public PluginCatalog catalog() {
        return catalog;
    }

    /**
     * The catalog through which plugins reach each other's exported services: the published one,
     * except while an upgrade or uninstall waits for running calls, when it is the one those calls
     * began with.
     */
    public PluginCatalog reachableCatalog() {
        PluginCatalog before = draining;
        return before != null ? before : catalog;
    }

    /**
     * The jar in this node's plugin folder that the installed plugin (started, failed or waiting)
     * was loaded from, so that what a node found in its folder can be shared with the other nodes.
     */
    public Optional<Path> jarOf(String pluginId) {
        lock.lock();
        try {
            PluginWrapper plugin = manager == null ? null : manager.getPlugin(pluginId);
            if (plugin != null) {
                return Optional.of(plugin.getPluginPath());
            }
            return gate.all().stream().filter(w -> w.descriptor().getPluginId().equals(pluginId))
                    .map(DependencyGate.Waiting::jar).findFirst();
        } finally {
            lock.unlock();
        }
    }

    public void start() {
        lock.lock();
        try {
            Files.createDirectories(pluginsRoot);
            manager = new AnnexPluginManager(pluginsRoot, contexts::forPlugin, this::refusedHostClass);
            try (var files = Files.list(pluginsRoot)) {
                admit(files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList());
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
                Path target = inPluginsFolder(pluginId + "-" + descriptor.getVersion() + ".jar");
                String api = apiRefusal(descriptor.getRequires());
                if (api != null) {
                    throw new InvalidPluginException("The plugin is refused: " + api);
                }
                // A plugin whose dependencies are missing cannot be tried (its classes may need
                // theirs): it is held back, REFUSED with the reason, as before.
                if (DependencyGate.refusal(descriptor, loadedVersions()).isEmpty()) {
                    trial(upload, descriptor);
                }
                // Only now is the installed version touched: every check that can refuse the new
                // one has passed.
                List<Path> relink = new ArrayList<>();
                if (manager.getPlugin(pluginId) != null) {
                    // Its dependants were linked against the old version's classes: PF4J unloads
                    // them with it, and they are loaded again (their jars stay) against the new one.
                    // Until then they answer 404, rather than run on closed class loaders.
                    List<String> dependants = loadedDependants(pluginId);
                    List<String> hidden = new ArrayList<>(dependants);
                    hidden.add(pluginId);
                    markReplacing(hidden);
                    hideAndDrain(hidden);
                    for (String dependant : dependants) {
                        relink.add(manager.getPlugin(dependant).getPluginPath());
                        units.close(dependant);
                    }
                    units.close(pluginId);
                    remove(pluginId);
                }
                for (DependencyGate.Waiting old : gate.release(pluginId).stream().toList()) {
                    Files.deleteIfExists(old.jar());
                }
                Files.move(upload, target, StandardCopyOption.REPLACE_EXISTING);
                List<Path> admitting = new ArrayList<>(List.of(target));
                admitting.addAll(relink);
                for (DependencyGate.Waiting waiting : gate.all()) {
                    gate.release(waiting.descriptor().getPluginId());
                    admitting.add(waiting.jar());
                }
                admit(admitting);
                publish();
                LOG.info(() -> "Installed plugin " + pluginId + " " + descriptor.getVersion());
                return catalog.find(pluginId).orElseThrow().info();
            } finally {
                replaced();
                Files.deleteIfExists(upload);
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * @return whether such a plugin was installed
     * @throws PluginInUseException when installed plugins (started or waiting) depend on it
     */
    public boolean uninstall(String pluginId) {
        lock.lock();
        try {
            List<String> dependants = new ArrayList<>(loadedDependants(pluginId));
            dependants.addAll(gate.waitingOn(pluginId));
            if (!dependants.isEmpty()) {
                throw new PluginInUseException(pluginId, dependants.stream().distinct().sorted().toList());
            }
            Optional<DependencyGate.Waiting> waiting = gate.release(pluginId);
            if (waiting.isPresent()) {
                deleteQuietly(waiting.get().jar());
                publish();
                return true;
            }
            if (manager.getPlugin(pluginId) == null) {
                return false;
            }
            hideAndDrain(List.of(pluginId));
            units.close(pluginId);
            remove(pluginId);
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

    /**
     * Whether the plugin is hidden only because an upgrade is replacing it; a call that finds it
     * hidden may then {@link #awaitReplaced wait} for the new version instead of answering 404.
     */
    public boolean isBeingReplaced(String pluginId) {
        synchronized (replacing) {
            return replacing.contains(pluginId);
        }
    }

    /** Waits, at most {@code limit}, until no upgrade is replacing the plugin. */
    public void awaitReplaced(String pluginId, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        synchronized (replacing) {
            while (replacing.contains(pluginId)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                try {
                    replacing.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private void markReplacing(List<String> pluginIds) {
        synchronized (replacing) {
            replacing.addAll(pluginIds);
        }
    }

    private void replaced() {
        synchronized (replacing) {
            replacing.clear();
            replacing.notifyAll();
        }
    }

    /**
     * Hides plugins about to be unloaded from new calls, then lets the calls that still hold them
     * end first (see {@link PluginCalls}). Until they have, those calls still reach the hidden
     * plugins' exported services through {@link #reachableCatalog()}: a dependant's call that began
     * before the hiding finishes on the versions it began with.
     */
    private void hideAndDrain(List<String> pluginIds) {
        draining = catalog;
        try {
            publish(pluginIds);
            if (!calls.awaitIdle(pluginIds, drainLimit)) {
                LOG.warning(() -> "Calls into " + pluginIds + " still running after " + drainLimit + "; unloading anyway");
            }
        } finally {
            draining = null;
        }
    }

    /**
     * Loads and starts the jars whose dependencies are met, each after the plugins it needs (a
     * dependency may come later in the list); holds the others back with the reason.
     */
    private void admit(List<Path> jars) {
        Map<Path, PluginDescriptor> pending = new LinkedHashMap<>();
        for (Path jar : jars) {
            try {
                pending.put(jar, describe(jar));
            } catch (InvalidPluginException e) {
                LOG.warning(() -> "Not a plugin, left alone: " + jar + " (" + e.getMessage() + ")");
            }
        }
        boolean progress = true;
        while (progress && !pending.isEmpty()) {
            progress = false;
            for (var it = pending.entrySet().iterator(); it.hasNext(); ) {
                var candidate = it.next();
                if (DependencyGate.refusal(candidate.getValue(), loadedVersions()).isEmpty()) {
                    it.remove();
                    progress = true;
                    try {
                        startOne(manager.getPlugin(manager.loadPlugin(candidate.getKey())));
                    } catch (RuntimeException e) {
                        LOG.log(Level.SEVERE, "Cannot load plugin " + candidate.getKey(), e);
                    }
                }
            }
        }
        pending.forEach((jar, descriptor) -> {
            String reason = DependencyGate.refusal(descriptor, loadedVersions()).orElseThrow();
            LOG.warning(() -> "Plugin " + descriptor.getPluginId() + " waits: it " + reason);
            gate.hold(new DependencyGate.Waiting(jar, descriptor, "it " + reason));
        });
    }

    private Map<String, String> loadedVersions() {
        Map<String, String> versions = new HashMap<>();
        for (PluginWrapper plugin : manager.getPlugins()) {
            versions.put(plugin.getPluginId(), plugin.getDescriptor().getVersion());
        }
        return versions;
    }

    /** The loaded plugins that need this one, directly or through another, dependants first. */
    private List<String> loadedDependants(String pluginId) {
        List<String> found = new ArrayList<>();
        List<String> frontier = new ArrayList<>(List.of(pluginId));
        while (!frontier.isEmpty()) {
            String current = frontier.remove(0);
            for (PluginWrapper plugin : manager.getPlugins()) {
                boolean needs = plugin.getDescriptor().getDependencies().stream()
                        .anyMatch(d -> d.getPluginId().equals(current));
                if (needs && !found.contains(plugin.getPluginId())) {
                    found.add(plugin.getPluginId());
                    frontier.add(plugin.getPluginId());
                }
            }
        }
        return found;
    }

    /**
     * Unloads a plugin and deletes its jar. Not PF4J's {@code deletePlugin}: that creates the
     * plugin's instance first, so a plugin whose class cannot be created could never be removed.
     */
    private void remove(String pluginId) {
        Path jar = manager.getPlugin(pluginId).getPluginPath();
        if (!manager.unloadPlugin(pluginId)) {
            throw new IllegalStateException("PF4J did not unload plugin " + pluginId);
        }
        deleteQuietly(jar);
    }

    /** The file of this name in the plugin folder, refused if the name would lead anywhere else. */
    private Path inPluginsFolder(String fileName) {
        Path root = pluginsRoot.normalize();
        Path target = root.resolve(fileName).normalize();
        if (!root.equals(target.getParent())) {
            throw new InvalidPluginException("Plugin-Id", "must name a file inside the plugin folder");
        }
        return target;
    }

    /**
     * Tries the uploaded jar in a class loader of its own, which sees the installed dependencies:
     * its plugin class and extensions must load, the plugin class must be one the host can
     * create, and its persistence unit must be valid. Nothing of it is created or started.
     */
    private void trial(Path jar, PluginDescriptor descriptor) throws IOException {
        String className = descriptor.getPluginClass();
        if (className == null || className.isBlank()) {
            throw new InvalidPluginException("Plugin-Class", "is missing");
        }
        try (HostFirstClassLoader loader = new HostFirstClassLoader(manager, descriptor,
                AnnexPluginManager.class.getClassLoader(), this::refusedHostClass)) {
            loader.addFile(jar.toFile());
            Class<?> type = trialLoad(loader, className, "its plugin class");
            boolean creatable = AnnexPlugin.class.isAssignableFrom(type)
                    ? hasConstructor(type, dev.annex.plugin.api.PluginContext.class)
                    : org.pf4j.Plugin.class.isAssignableFrom(type) && hasConstructor(type);
            if (!creatable) {
                throw new InvalidPluginException("The plugin is refused: its plugin class " + className
                        + " is not an AnnexPlugin with a public constructor taking its PluginContext");
            }
            for (String extension : extensionClasses(jar)) {
                trialLoad(loader, extension, "its extension");
            }
            units.check(descriptor.getPluginId(), jar, loader);
        } catch (PluginUnitException e) {
            throw new InvalidPluginException("The plugin is refused: " + e.getMessage());
        }
    }

    /** Listed with the plugin (its last problem), so the operator sees what it tried. */
    private void refusedHostClass(String pluginId, String className) {
        LOG.warning(() -> "Plugin " + pluginId + " tried to load the host's class " + className + ": refused");
        problems.record(pluginId, "tried to load the host's class " + className
                + " (refused: plugins may use only the plugin API)");
    }

    private static Class<?> trialLoad(ClassLoader loader, String className, String what) {
        try {
            return loader.loadClass(className);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new InvalidPluginException("The plugin is refused: " + what + " " + className + " cannot be loaded ("
                    + e.getClass().getSimpleName() + (e instanceof ClassNotFoundException ? "" : ": " + e.getMessage())
                    + ")");
        }
    }

    private static boolean hasConstructor(Class<?> type, Class<?>... parameters) {
        try {
            type.getConstructor(parameters);
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** The extension classes PF4J would read from the jar's index. */
    private static List<String> extensionClasses(Path jar) throws IOException {
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
            var index = file.getJarEntry("META-INF/extensions.idx");
            if (index == null) {
                return List.of();
            }
            try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(file.getInputStream(index),
                    java.nio.charset.StandardCharsets.UTF_8))) {
                return lines.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            }
        }
    }

    private static void deleteQuietly(Path jar) {
        try {
            Files.deleteIfExists(jar);
        } catch (IOException e) {
            LOG.warning(() -> "Cannot delete " + jar + ": " + e);
        }
    }

    /** The jar's manifest, with an id and a version that are safe to use in names and paths. */
    private static PluginDescriptor describe(Path jar) {
        PluginDescriptor descriptor;
        try {
            descriptor = new ManifestPluginDescriptorFinder().find(jar);
        } catch (RuntimeException e) {
            // PF4J's message names the file (a temporary path): the operator learns nothing from it.
            throw new InvalidPluginException("Not a plugin jar: it has no readable manifest");
        }
        String id = descriptor.getPluginId();
        if (id == null || id.isBlank()) {
            throw new InvalidPluginException("Plugin-Id", "The jar's manifest has no Plugin-Id");
        }
        if (!PLUGIN_ID.matcher(id).matches()) {
            throw new InvalidPluginException("Plugin-Id", "must be 2 to 64 lower-case letters, digits and dashes, "
                    + "starting with a letter");
        }
        String version = descriptor.getVersion();
        if (version == null || !SEMVER.matcher(version).matches()) {
            throw new InvalidPluginException("Plugin-Version", "must be a semantic version such as 1.2.3");
        }
        return descriptor;
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
        publish(List.of());
    }

    /** Publishes what is installed, leaving out {@code hidden} (plugins about to be unloaded). */
    private void publish(List<String> hidden) {
        Map<String, PluginEntry> entries = new HashMap<>();
        for (PluginWrapper plugin : manager.getPlugins()) {
            if (!hidden.contains(plugin.getPluginId())) {
                entries.put(plugin.getPluginId(), entry(plugin));
            }
        }
        for (DependencyGate.Waiting waiting : gate.all()) {
            PluginDescriptor d = waiting.descriptor();
            entries.put(d.getPluginId(), new PluginEntry(new PluginInfo(d.getPluginId(), d.getVersion(), d.getProvider(),
                    d.getPluginDescription(), d.getRequires(), PluginState.REFUSED, waiting.reason()), null, List.of(),
                    List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), dependencyIds(d), List.of()));
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
            return new PluginEntry(info, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                    dependencyIds(d), List.of());
        }
        String id = d.getPluginId();
        try {
            List<SettingDefinition> settings = plugin.getPlugin() instanceof AnnexPlugin annex ? annex.settings() : List.of();
            List<PluginUi> ui = manager.getExtensions(UiExtension.class, id).stream()
                    .flatMap(extension -> extension.contributions().stream().map(c -> PluginUi.of(c, extension)))
                    .toList();
            return new PluginEntry(info, plugin.getPluginClassLoader(), List.copyOf(settings), ui,
                    manager.getExtensions(RestExtension.class, id), manager.getExtensions(TicketEventListener.class, id),
                    manager.getExtensions(TenantLifecycleListener.class, id), manager.getExtensions(ScheduledJob.class, id),
                    manager.getExtensions(DirectoryEventListener.class, id), dependencyIds(d),
                    List.copyOf(manager.getExtensions(id)));
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.SEVERE, "Plugin " + id + " failed while its extensions were read", e);
            PluginInfo failed = new PluginInfo(info.id(), info.version(), info.provider(), info.description(),
                    info.requires(), PluginState.FAILED, "its extensions could not be created: " + e);
            return new PluginEntry(failed, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                    dependencyIds(d), List.of());
        }
    }

    private static List<String> dependencyIds(PluginDescriptor descriptor) {
        return descriptor.getDependencies().stream().map(org.pf4j.PluginDependency::getPluginId).toList();
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
