package dev.annex.plugins.reseller;

import dev.annex.plugin.api.AnnexPlugin;
import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.settings.SettingDefinition;
import java.time.Duration;
import java.util.List;

/**
 * Organisations of the tenant in a tree, distributor → partner → customer, with each customer's
 * seats, subscription, SKUs, sites and assets; partners and distributors see their part of it.
 */
public class ResellerPlugin extends AnnexPlugin {

    /** How long a customer admin's activation link works. */
    static final String ACTIVATION_LIFETIME = "activationLinkLifetime";

    public ResellerPlugin(PluginContext context) {
        super(context);
    }

    @Override
    public List<SettingDefinition> settings() {
        return List.of(SettingDefinition.choice(TicketAccess.SETTING,
                        "Partners (and their distributors) see their customers' tickets", "OFF", TicketAccess.CHOICES),
                SettingDefinition.number(ExpiryReminders.SETTING,
                        "Days before a subscription expires that the partner's admins are reminded (0: never)", 30, 0L, 365L),
                SettingDefinition.duration(ACTIVATION_LIFETIME, "A customer admin's activation link works for", "P7D",
                        Duration.ofDays(30)));
    }
}
