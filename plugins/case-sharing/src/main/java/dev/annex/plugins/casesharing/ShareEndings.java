package dev.annex.plugins.casesharing;

import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.Tenant;
import dev.annex.plugins.partnerlinks.api.Partnership;
import dev.annex.plugins.partnerlinks.api.PartnershipListener;
import org.pf4j.Extension;

/** A partnership ended (partner-links tells its dependants): every share through it ends with it. */
@Extension
public class ShareEndings implements PartnershipListener {

    private final PluginContext plugin;

    public ShareEndings(PluginContext plugin) {
        this.plugin = plugin;
    }

    @Override
    public void onPartnershipEnded(Tenant tenant, Partnership partnership, Long endedBy) {
        new ShareBook(plugin, tenant).endAllOf(partnership, endedBy);
    }
}
