package dev.annex.plugins.following;

import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.Tenant;
import dev.annex.plugin.api.directory.DirectoryEventListener;
import dev.annex.plugin.api.helpdesk.PersonInfo;
import org.pf4j.Extension;

/** People get one mail when they are first added to the portal, saying what mail to expect. */
@Extension
public class WelcomeMail implements DirectoryEventListener {

    private final PluginContext plugin;

    public WelcomeMail(PluginContext plugin) {
        this.plugin = plugin;
    }

    @Override
    public void onPersonAdded(Tenant tenant, PersonInfo person) {
        if (person.active()) {
            new Notifier(plugin, tenant).welcome(person);
        }
    }
}
