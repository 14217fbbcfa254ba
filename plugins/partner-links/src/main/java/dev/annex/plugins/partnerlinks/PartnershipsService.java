package dev.annex.plugins.partnerlinks;

import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.Tenant;
import dev.annex.plugins.partnerlinks.api.Partnership;
import dev.annex.plugins.partnerlinks.api.Partnerships;
import java.util.List;
import java.util.Optional;
import org.pf4j.Extension;

/** The partnerships this plugin exports to its dependants (see {@link Partnerships}). */
@Extension
public class PartnershipsService implements Partnerships {

    private final PluginContext plugin;

    public PartnershipsService(PluginContext plugin) {
        this.plugin = plugin;
    }

    @Override
    public List<Partnership> activeForCustomer(Tenant tenant, long customerId) {
        return new PartnershipBook(plugin, tenant).activeForCustomer(customerId).stream()
                .map(PartnershipRow::toRecord).toList();
    }

    @Override
    public List<Partnership> activeForPartner(Tenant tenant, long partnerId) {
        return new PartnershipBook(plugin, tenant).activeForPartner(partnerId).stream()
                .map(PartnershipRow::toRecord).toList();
    }

    @Override
    public Optional<Partnership> find(Tenant tenant, long partnershipId) {
        return new PartnershipBook(plugin, tenant).find(partnershipId).map(PartnershipRow::toRecord);
    }
}
