package it.dev.annex.plugin;

import dev.annex.plugin.testkit.server.TestTenant;
import dev.annex.plugins.grants.PermissionGrantsIT;
import it.dev.annex.support.RealRt;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The permission-grants plugin's own suite (its module's {@link PermissionGrantsIT}, from its test
 * jar) on tenants backed by the real Request Tracker 5 ({@code .ci/rt}, IT port + 9): the tickets
 * live in RT, and the grants fold into the same one query over Annex's index of them, so each level
 * allows exactly what it allows on the built-in help desk. The suite is the plugin's; that it holds
 * on RT is the host's connector's promise, so this variant lives here.
 */
@ExtendWith(RealRt.Running.class)
class PermissionGrantsOnRtIT extends PermissionGrantsIT {

    @Override
    protected TestTenant newTenant(String prefix) {
        return RealRt.tenant(prefix, "annex-grants");
    }
}
