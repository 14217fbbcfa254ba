package dev.annex.testplugins.provider;

import dev.annex.plugin.api.AnnexPlugin;
import dev.annex.plugin.api.PluginContext;

public class ProviderPlugin extends AnnexPlugin {

    public ProviderPlugin(PluginContext context) {
        super(context);
    }
}
