package it.dev.annex.plugin;

import dev.annex.plugins.partnerlinks.PartnerLinksIT;
import dev.annex.plugins.partnerlinks.Partners;
import it.dev.annex.support.RealRt;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The partner-links plugin's own suite (its module's {@link PartnerLinksIT}, from its test jar) on tenants
 * backed by the real Request Tracker 5 ({@code .ci/rt}, IT port + 9): links, decisions and partnerships are the plugin's own rows beside Annex's index
 * of the RT tickets.
 * The suite is the plugin's; that it holds on RT is the host's connector's promise, so this
 * variant lives here.
 */
@ExtendWith(RealRt.Running.class)
class PartnerLinksOnRtIT extends PartnerLinksIT {

    @Override
    protected Partners partners(String prefix) {
        return new Partners(RealRt.tenant(prefix, "annex-links"));
    }
}
