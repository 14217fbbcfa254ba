package dev.annex.plugins.grants;

import dev.annex.plugin.api.AnnexPlugin;
import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.settings.SettingDefinition;
import java.util.List;

/** Customers grant partner organisations and people a level of access to their tickets, with an expiry. */
public class PermissionGrantsPlugin extends AnnexPlugin {

    /** The longest a grant may run from the moment it is given or edited. */
    static final String MAX_GRANT_DURATION = "maxGrantDuration";

    public PermissionGrantsPlugin(PluginContext context) {
        super(context);
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(SettingDefinition.duration(MAX_GRANT_DURATION, "Longest grant a customer may give", "P365D"),
                SettingDefinition.bool(GrantsUi.PARTNER_ACCESS_FOR_EVERYONE,
                        "Offer Partner access to every contact, not only to partners", false));
    }
}
