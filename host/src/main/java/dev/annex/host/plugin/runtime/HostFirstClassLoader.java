package dev.annex.host.plugin.runtime;

import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginManager;

/**
 * A plugin's class loader that takes the shared APIs from the host, whatever the plugin jar
 * bundles, and refuses the host's own classes. If a plugin brought its own copy of Jakarta REST
 * annotations or of the Annex API, its classes would not be the host's: REST resources would
 * look unannotated and extensions would not implement the host's extension points. And PF4J
 * falls back to the war's class loader for whatever the plugin does not have, so without the
 * refusal a plugin could load {@code dev.annex.host.*} and reach around the plugin API.
 */
class HostFirstClassLoader extends PluginClassLoader {

    static final List<String> HOST_PACKAGES = List.of(
            "jakarta.", "dev.annex.plugin.api.", "org.eclipse.persistence.", "org.slf4j.", "org.pf4j.");
    static final String HOST_INTERNALS = "dev.annex.host.";
    /**
     * The host classes the host itself names for a plugin's persistence unit, which EclipseLink
     * then loads through the plugin's loader: the Instant converter, the SQL statement counter and
     * the customizer that makes every entity tenant-owned.
     */
    static final Set<String> HANDED_TO_PLUGIN_UNITS = Set.of(
            "dev.annex.host.persistence.InstantConverter", "dev.annex.host.persistence.StatementCounter",
            "dev.annex.host.plugin.persistence.PluginTenancy");

    private final String pluginId;
    private final BiConsumer<String, String> refused;

    /** @param refused told (plugin id, class name) of each host class the plugin was refused */
    HostFirstClassLoader(PluginManager manager, PluginDescriptor descriptor, ClassLoader host,
                         BiConsumer<String, String> refused) {
        super(manager, descriptor, host);
        this.pluginId = descriptor.getPluginId();
        this.refused = refused;
    }

    @Override
    public Class<?> loadClass(String className) throws ClassNotFoundException {
        if (className.startsWith(HOST_INTERNALS) && !HANDED_TO_PLUGIN_UNITS.contains(className)) {
            refused.accept(pluginId, className);
            throw new ClassNotFoundException(className + ": a plugin may use the plugin API, not the host's classes");
        }
        for (String prefix : HOST_PACKAGES) {
            if (className.startsWith(prefix)) {
                return getParent().loadClass(className);
            }
        }
        return super.loadClass(className);
    }
}
