package dev.annex.testplugins.echo;

import dev.annex.plugin.api.AnnexPlugin;
import dev.annex.plugin.api.PluginContext;

/**
 * A plugin class whose constructor throws, shipped as plugin "uncreatable" (a classifier jar of
 * echo): it loads and validates, but can never be created, so the host lists it FAILED — and the
 * operator must still be able to remove or replace it.
 */
public class UncreatablePlugin extends AnnexPlugin {

    public UncreatablePlugin(PluginContext context) {
        super(context);
        throw new IllegalStateException("uncreatable cannot be created");
    }
}
