package it.dev.annex.plugin;

import it.dev.annex.support.RealRt;
import dev.annex.plugin.testkit.server.TestTenant;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every permission-grants test on a tenant backed by the real Request Tracker 5 ({@code .ci/rt}, IT
 * port + 9): the tickets live in RT, and the grants fold into the same one query over Annex's index
 * of them, so each level allows exactly what it allows on the built-in help desk.
 */
@ExtendWith(RealRt.Running.class)
class PermissionGrantsOnRtIT extends PermissionGrantsIT {

    @Override
    TestTenant newTenant(String prefix) {
        return RealRt.tenant(prefix, "annex-grants");
    }
}
