package dev.annex.plugin.api;

import dev.annex.plugin.api.settings.SettingDefinition;
import java.util.List;
import org.pf4j.Plugin;

/**
 * The entry point of an Annex plugin: name this class in the manifest's {@code Plugin-Class}.
 *
 * <p>The host creates it with the plugin's {@link PluginContext}. Extensions (classes annotated
 * with PF4J's {@code @Extension}) may declare a constructor taking the same context.
 *
 * <pre>{@code
 * public class FollowingPlugin extends AnnexPlugin {
 *     public FollowingPlugin(PluginContext context) { super(context); }
 *
 *     @Override
 *     public List<SettingDefinition> settings() {
 *         return List.of(SettingDefinition.bool("contactsMayShare", "Contacts may share tickets", true));
 *     }
 * }
 * }</pre>
 *
 * @since 1.0.0
 */
public abstract class AnnexPlugin extends Plugin {

    private final PluginContext context;

    protected AnnexPlugin(PluginContext context) {
        this.context = context;
    }

    public PluginContext context() {
        return context;
    }

    /** The settings a tenant admin can set for this plugin; none by default. */
    public List<SettingDefinition> settings() {
        return List.of();
    }
}
