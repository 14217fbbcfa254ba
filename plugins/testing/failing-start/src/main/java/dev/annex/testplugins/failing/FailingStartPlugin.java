package dev.annex.testplugins.failing;

import dev.annex.plugin.api.AnnexPlugin;
import dev.annex.plugin.api.PluginContext;

/** A failure fixture: its start throws, and the host must carry on without it. */
public class FailingStartPlugin extends AnnexPlugin {

    public FailingStartPlugin(PluginContext context) {
        super(context);
    }

    @Override
    public void start() {
        throw new IllegalStateException("failing-start refuses to start");
    }
}
