package it.dev.annex.plugin;

import dev.annex.plugins.casesharing.CaseSharingIT;
import dev.annex.plugins.partnerlinks.Partners;
import it.dev.annex.support.RealRt;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The case-sharing plugin's own suite (its module's {@link CaseSharingIT}, from its test jar) on tenants
 * backed by the real Request Tracker 5 ({@code .ci/rt}, IT port + 9): the shared tickets live in RT, and a share folds into the same one query over
 * Annex's index of them as on the built-in help desk.
 * The suite is the plugin's; that it holds on RT is the host's connector's promise, so this
 * variant lives here.
 */
@ExtendWith(RealRt.Running.class)
class CaseSharingOnRtIT extends CaseSharingIT {

    @Override
    protected Partners partners(String prefix) {
        return new Partners(RealRt.tenant(prefix, "annex-sharing"));
    }
}
