package dev.annex.plugins.casesharing;

import dev.annex.plugin.api.AnnexPlugin;
import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.settings.SettingDefinition;
import java.util.List;

/** Organisation admins share open tickets with partners of an active partnership (partner-links). */
public class CaseSharingPlugin extends AnnexPlugin {

    static final String TERMS = "terms";
    static final String DEFAULT_TERMS = "By sharing this case you let the partner's people see it, its public "
            + "comments and its participants, and work it at your partnership's access level, until you change "
            + "or remove the share or end the partnership.";

    public CaseSharingPlugin(PluginContext context) {
        super(context);
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(SettingDefinition.text(TERMS, "Terms shown before a case is shared", DEFAULT_TERMS));
    }
}
