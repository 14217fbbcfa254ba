package it.dev.annex.plugin;

import it.dev.annex.support.RealRt;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every partner-links test on a tenant backed by the real Request Tracker 5 ({@code .ci/rt}, IT
 * port + 9): links, decisions and partnerships are the plugin's own rows beside Annex's index of
 * the RT tickets, and a ticket shared through a partnership lives in RT.
 */
@ExtendWith(RealRt.Running.class)
class PartnerLinksOnRtIT extends PartnerLinksIT {

    @Override
    Partners partners(String prefix) {
        return new Partners(RealRt.tenant(prefix, "annex-links"));
    }
}
