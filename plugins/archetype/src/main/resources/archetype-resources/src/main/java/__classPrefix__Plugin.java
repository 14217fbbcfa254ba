package ${package};

import dev.annex.plugin.api.AnnexPlugin;
import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.settings.SettingDefinition;
import java.util.List;

/** The plugin: its one setting, which each tenant admin can change under Admin › Plugins. */
public class ${classPrefix}Plugin extends AnnexPlugin {

    public static final String GREETING = "greeting";

    public ${classPrefix}Plugin(PluginContext context) {
        super(context);
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(SettingDefinition.text(GREETING, "Greeting", "Hello"));
    }
}
