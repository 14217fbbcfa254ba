package dev.annex.host.plugin.packages;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.jar.JarInputStream;
import java.util.jar.Manifest;
import org.pf4j.DefaultVersionManager;

/** What the packages read of a jar before the runtime looks at it (its plugin id), and how they compare versions. */
final class PluginJars {

    private static final java.util.regex.Pattern PLUGIN_ID = java.util.regex.Pattern.compile("[a-z][a-z0-9-]{1,63}");

    private PluginJars() {
    }

    /** The manifest's Plugin-Id when it is a valid one, else empty (the runtime then says what is wrong). */
    static Optional<String> pluginId(byte[] jar) {
        try (JarInputStream in = new JarInputStream(new ByteArrayInputStream(jar))) {
            Manifest manifest = in.getManifest();
            String id = manifest == null ? null : manifest.getMainAttributes().getValue("Plugin-Id");
            return Optional.ofNullable(id).map(String::trim).filter(i -> PLUGIN_ID.matcher(i).matches());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code candidate} is a later semantic version than {@code current}. */
    static boolean newer(String candidate, String current) {
        try {
            return new DefaultVersionManager().compareVersions(candidate, current) > 0;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
