package dev.annex.plugins.grants;

import dev.annex.plugin.api.AnnexPlugin;
import dev.annex.plugin.api.PluginContext;

/** Customers grant partner organisations and people a level of access to their tickets, with an expiry. */
public class PermissionGrantsPlugin extends AnnexPlugin {

    public PermissionGrantsPlugin(PluginContext context) {
        super(context);
    }
}
