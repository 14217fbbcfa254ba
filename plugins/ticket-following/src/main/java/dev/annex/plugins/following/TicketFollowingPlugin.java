package dev.annex.plugins.following;

import dev.annex.plugin.api.AnnexPlugin;
import dev.annex.plugin.api.PluginContext;

/** Follow tickets, share them with teammates, @mention people; followers are told by email. */
public class TicketFollowingPlugin extends AnnexPlugin {

    public TicketFollowingPlugin(PluginContext context) {
        super(context);
    }
}
