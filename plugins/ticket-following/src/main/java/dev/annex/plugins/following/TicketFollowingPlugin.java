package dev.annex.plugins.following;

import dev.annex.plugin.api.AnnexPlugin;
import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.settings.SettingDefinition;
import java.util.List;

/** Follow tickets, share them with teammates, @mention people; followers are told by email. */
public class TicketFollowingPlugin extends AnnexPlugin {

    static final String CONTACTS_SHARE_WITH_ORGANISATIONS = "contactsMayShareWithOrganisations";
    static final String SENDER_NAME = "senderName";
    static final String DIGEST = "digest";
    static final String IMMEDIATE = "immediate";
    static final String HOURLY = "hourly";
    static final String DIGEST_PERIOD = "digestPeriod";

    public TicketFollowingPlugin(PluginContext context) {
        super(context);
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(
                SettingDefinition.bool(CONTACTS_SHARE_WITH_ORGANISATIONS,
                        "Contacts may share tickets with other organisations", false),
                SettingDefinition.text(SENDER_NAME, "Sender name in notification emails", "Support"),
                SettingDefinition.choice(DIGEST, "Follower emails", IMMEDIATE, List.of(IMMEDIATE, HOURLY)),
                SettingDefinition.duration(DIGEST_PERIOD, "Digest period (how long a follower's changes are collected)",
                        "PT1H"));
    }
}
