package dev.annex.host.plugin.runtime;

import dev.annex.plugin.api.AnnexPlugin;
import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.PluginApi;
import java.lang.reflect.Constructor;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.pf4j.ExtensionFactory;
import org.pf4j.JarPluginLoader;
import org.pf4j.JarPluginManager;
import org.pf4j.Plugin;
import org.pf4j.PluginClassLoader;
import org.pf4j.PluginDescriptor;
import org.pf4j.PluginFactory;
import org.pf4j.PluginLoader;
import org.pf4j.PluginRuntimeException;
import org.pf4j.PluginWrapper;

/**
 * PF4J configured for Annex: one jar per plugin, host-first loading of the shared APIs, and
 * plugins and extensions constructed with their {@link PluginContext}. Not thread-safe, like
 * PF4J itself: only {@link PluginRuntime} touches it, under its lock.
 */
class AnnexPluginManager extends JarPluginManager {

    private final Function<String, PluginContext> contexts;
    private final BiConsumer<String, String> refusedHostClass;

    AnnexPluginManager(Path pluginsRoot, Function<String, PluginContext> contexts,
                       BiConsumer<String, String> refusedHostClass) {
        super(pluginsRoot);
        this.contexts = contexts;
        this.refusedHostClass = refusedHostClass;
        setSystemVersion(PluginApi.VERSION);
    }

    @Override
    protected PluginLoader createPluginLoader() {
        return new JarPluginLoader(this) {
            @Override
            public ClassLoader loadPlugin(Path pluginPath, PluginDescriptor descriptor) {
                PluginClassLoader loader = new HostFirstClassLoader(pluginManager, descriptor,
                        AnnexPluginManager.class.getClassLoader(), refusedHostClass);
                loader.addFile(pluginPath.toFile());
                return loader;
            }
        };
    }

    @Override
    protected PluginFactory createPluginFactory() {
        return this::createPlugin;
    }

    @Override
    protected ExtensionFactory createExtensionFactory() {
        return new ContextExtensionFactory();
    }

    private Plugin createPlugin(PluginWrapper wrapper) {
        String className = wrapper.getDescriptor().getPluginClass();
        try {
            Class<?> type = wrapper.getPluginClassLoader().loadClass(className);
            if (AnnexPlugin.class.isAssignableFrom(type)) {
                return (Plugin) type.getConstructor(PluginContext.class).newInstance(contexts.apply(wrapper.getPluginId()));
            }
            if (Plugin.class.isAssignableFrom(type)) {
                return (Plugin) type.getConstructor().newInstance();
            }
            throw new PluginRuntimeException("Plugin class {} does not extend AnnexPlugin", className);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new PluginRuntimeException(e, "Cannot create plugin class {}", className);
        }
    }

    /** Creates extensions with the plugin's context when they ask for one. */
    private final class ContextExtensionFactory implements ExtensionFactory {

        @Override
        public <T> T create(Class<T> type) {
            try {
                for (Constructor<?> constructor : type.getConstructors()) {
                    if (constructor.getParameterCount() == 1 && constructor.getParameterTypes()[0] == PluginContext.class) {
                        PluginWrapper owner = whichPlugin(type);
                        return type.cast(constructor.newInstance(contexts.apply(owner == null ? null : owner.getPluginId())));
                    }
                }
                return type.getConstructor().newInstance();
            } catch (ReflectiveOperationException | LinkageError e) {
                throw new PluginRuntimeException(e, "Cannot create extension {}", type.getName());
            }
        }
    }
}
