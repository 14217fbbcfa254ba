package dev.annex.host.plugin.runtime;

import java.util.List;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginManager;

/**
 * A plugin's class loader that takes the shared APIs from the host, whatever the plugin jar
 * bundles. If a plugin brought its own copy of Jakarta REST annotations or of the Annex API,
 * its classes would not be the host's: REST resources would look unannotated and extensions
 * would not implement the host's extension points.
 */
class HostFirstClassLoader extends PluginClassLoader {

    static final List<String> HOST_PACKAGES = List.of(
            "jakarta.", "dev.annex.plugin.api.", "org.eclipse.persistence.", "org.slf4j.", "org.pf4j.");

    HostFirstClassLoader(PluginManager manager, PluginDescriptor descriptor, ClassLoader host) {
        super(manager, descriptor, host);
    }

    @Override
    public Class<?> loadClass(String className) throws ClassNotFoundException {
        for (String prefix : HOST_PACKAGES) {
            if (className.startsWith(prefix)) {
                return getParent().loadClass(className);
            }
        }
        return super.loadClass(className);
    }
}
