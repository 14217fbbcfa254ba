package dev.annex.testplugins.consumer;

import dev.annex.plugin.api.AnnexPlugin;
import dev.annex.plugin.api.PluginContext;

public class ConsumerPlugin extends AnnexPlugin {

    public ConsumerPlugin(PluginContext context) {
        super(context);
    }
}
