package dev.annex.plugins.partnerlinks.api;

import dev.annex.plugin.api.Tenant;
import dev.annex.plugin.api.dependency.ExportedService;

/**
 * Implemented (as an {@code @Extension}) by plugins that depend on partner-links, to hear that a
 * partnership ended. Called in the transaction that ends it, so what the listener undoes (a share,
 * a grant) ends at the same moment — or not at all, if the listener throws and the removal rolls back.
 *
 * @since 1.0.0 (partner-links)
 */
public interface PartnershipListener extends ExportedService {

    void onPartnershipEnded(Tenant tenant, Partnership partnership, Long endedBy);
}
