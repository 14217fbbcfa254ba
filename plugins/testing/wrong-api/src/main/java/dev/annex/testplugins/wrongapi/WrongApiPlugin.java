package dev.annex.testplugins.wrongapi;

import dev.annex.plugin.api.AnnexPlugin;
import dev.annex.plugin.api.PluginContext;

/** A failure fixture: it declares plugin API 2, so the host must refuse it with a reason. */
public class WrongApiPlugin extends AnnexPlugin {

    public WrongApiPlugin(PluginContext context) {
        super(context);
    }
}
