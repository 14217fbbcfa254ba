package it.dev.annex.plugin;

import it.dev.annex.support.RealRt;
import dev.annex.plugin.testkit.server.TestTenant;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every case-sharing test on a tenant backed by the real Request Tracker 5 ({@code .ci/rt}, IT
 * port + 9): the shared tickets live in RT, and a share folds into the same one query over Annex's
 * index of them as on the built-in help desk.
 */
@ExtendWith(RealRt.Running.class)
class CaseSharingOnRtIT extends CaseSharingIT {

    @Override
    Partners partners(String prefix) {
        TestTenant tenant = TestTenant.create(prefix + "-rt");
        RealRt.connect(tenant, RealRt.queue("annex-sharing"));
        return new Partners(tenant);
    }
}
