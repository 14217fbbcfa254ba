package dev.annex.plugins.partnerlinks.api;

import dev.annex.plugin.api.Tenant;
import dev.annex.plugin.api.dependency.ExportedService;
import java.util.List;
import java.util.Optional;

/**
 * What partner-links exports to the plugins that depend on it ({@code partner-links@>=1.0.0 & <2.0.0}):
 * the partnerships of an organisation. Reach it with
 * {@code context.services().fromDependency(tenant, Partnerships.class)}; hear when one ends
 * through {@link PartnershipListener}.
 *
 * @since 1.0.0 (partner-links)
 */
public interface Partnerships extends ExportedService {

    /** The active partnerships in which this organisation is the customer, by partner name. */
    List<Partnership> activeForCustomer(Tenant tenant, long customerId);

    /** The active partnerships in which this organisation is the partner. */
    List<Partnership> activeForPartner(Tenant tenant, long partnerId);

    /** One partnership, active or ended. */
    Optional<Partnership> find(Tenant tenant, long partnershipId);
}
