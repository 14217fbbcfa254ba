package dev.annex.testplugins.echo;

import dev.annex.plugin.api.AnnexPlugin;
import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.settings.SettingDefinition;
import java.util.List;

/** A test fixture that uses the extension points in the simplest way. */
public class EchoPlugin extends AnnexPlugin {

    public EchoPlugin(PluginContext context) {
        super(context);
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(
                SettingDefinition.text("greeting", "Greeting", "hello"),
                SettingDefinition.number("maxItems", "Most items", 3, 1L, 10L),
                SettingDefinition.choice("mode", "Mode", "quiet", List.of("quiet", "loud")),
                SettingDefinition.bool("verbose", "Verbose replies", false),
                SettingDefinition.duration("lifetime", "Link lifetime", "P7D"),
                SettingDefinition.secret("apiKey", "API key"));
    }
}
