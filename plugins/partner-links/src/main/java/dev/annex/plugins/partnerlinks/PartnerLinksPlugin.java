package dev.annex.plugins.partnerlinks;

import dev.annex.plugin.api.AnnexPlugin;
import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.settings.SettingDefinition;
import java.time.Duration;
import java.util.List;

/** Partners invite customers with a one-time link; an accepted link makes a partnership. */
public class PartnerLinksPlugin extends AnnexPlugin {

    static final String LINK_LIFETIME = "linkLifetime";
    static final String TERMS = "terms";
    static final String DEFAULT_LEVEL = "defaultAccessLevel";
    static final Duration LONGEST_LIFETIME = Duration.ofDays(90);
    static final String DEFAULT_TERMS = "By accepting, your organisation lets the partner see the support cases you "
            + "share with it, at the access level you choose, and work them with you. Either side may end the "
            + "partnership at any time; that ends all sharing through it at once.";

    public PartnerLinksPlugin(PluginContext context) {
        super(context);
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(
                SettingDefinition.duration(LINK_LIFETIME, "Collaboration links expire after", "P30D", LONGEST_LIFETIME),
                SettingDefinition.text(TERMS, "Partnership terms customers accept", DEFAULT_TERMS),
                SettingDefinition.choice(DEFAULT_LEVEL, "Default access level for case sharing", "READ",
                        Levels.CHOICES));
    }
}
