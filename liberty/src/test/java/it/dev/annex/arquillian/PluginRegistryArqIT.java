package it.dev.annex.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.host.plugin.runtime.PluginCatalog;
import dev.annex.host.plugin.runtime.PluginEntry;
import dev.annex.host.plugin.runtime.PluginRuntime;
import jakarta.inject.Inject;
import java.io.File;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PF4J is not thread-safe; the host publishes an immutable catalog after each install, upgrade or
 * uninstall. Inside the server, readers spin on the catalog while a plugin is installed, upgraded
 * and removed over and over: none may ever see a plugin that is half loaded or half removed.
 */
@ExtendWith(ArquillianExtension.class)
class PluginRegistryArqIT {

    private static final String PLUGIN = "uploaded";

    @Deployment
    static WebArchive deployment() {
        File jars = new File(System.getProperty("annex.it.plugins", "../plugins/testing/echo/target"));
        String version = System.getProperty("annex.it.version", "0.1.0-SNAPSHOT");
        return InContainer.hostWith(PluginRegistryArqIT.class)
                .addAsResource(new File(jars, "annex-test-plugin-echo-" + version + "-uploaded-v1.jar"), "arq/v1.jar")
                .addAsResource(new File(jars, "annex-test-plugin-echo-" + version + "-uploaded-v2.jar"), "arq/v2.jar");
    }

    @Inject
    PluginRuntime runtime;

    @Test
    void readersNeverSeeAHalfLoadedPlugin() throws Exception {
        AtomicBoolean done = new AtomicBoolean();
        Queue<String> violations = new ConcurrentLinkedQueue<>();
        Set<String> observed = ConcurrentHashMap.newKeySet();
        ExecutorService readers = Executors.newFixedThreadPool(3);
        for (int i = 0; i < 3; i++) {
            readers.submit(() -> {
                while (!done.get()) {
                    Optional<PluginEntry> entry = runtime.catalog().find(PLUGIN);
                    observed.add(entry.map(e -> e.info().version()).orElse("absent"));
                    entry.flatMap(PluginRegistryArqIT::inconsistency).ifPresent(violations::add);
                }
            });
        }
        try {
            for (int round = 0; round < 8; round++) {
                install("arq/v1.jar");
                install("arq/v2.jar");
                assertTrue(runtime.uninstall(PLUGIN));
            }
        } finally {
            done.set(true);
            readers.shutdown();
            assertTrue(readers.awaitTermination(30, TimeUnit.SECONDS));
        }

        assertEquals(List.of(), List.copyOf(violations));
        assertTrue(observed.size() >= 2, "the readers saw the plugin change: " + observed);
        assertTrue(runtime.catalog().find(PLUGIN).isEmpty());
    }

    @Test
    void thePublishedCatalogCannotBeChangedByItsReaders() {
        PluginCatalog catalog = runtime.catalog();
        assertThrows(UnsupportedOperationException.class, () -> catalog.entries().clear());
    }

    private void install(String resource) throws Exception {
        try (InputStream jar = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertEquals("STARTED", runtime.install(jar).state().name());
        }
    }

    /** What a reader must never see of a plugin the catalog lists. */
    private static Optional<String> inconsistency(PluginEntry entry) {
        String version = entry.info().version();
        if (!entry.started()) {
            return Optional.of(version + " listed while " + entry.info().state());
        }
        if (!Set.of("1.0.0", "2.0.0").contains(version)) {
            return Optional.of("unknown version " + version);
        }
        if (entry.rest().isEmpty() || entry.ui().isEmpty() || entry.listeners().isEmpty()) {
            return Optional.of(version + " started without its extensions");
        }
        return Optional.empty();
    }
}
