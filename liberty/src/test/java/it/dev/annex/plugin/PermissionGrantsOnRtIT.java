package it.dev.annex.plugin;

import it.dev.annex.support.RealRt;
import it.dev.annex.support.TestTenant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Every permission-grants test on a tenant backed by the real Request Tracker 5 ({@code .ci/rt}, IT
 * port + 9): the tickets live in RT, and the grants fold into the same one query over Annex's index
 * of them, so each level allows exactly what it allows on the built-in help desk.
 */
class PermissionGrantsOnRtIT extends PermissionGrantsIT {

    @BeforeAll
    static void rt() {
        RealRt.start();
    }

    @AfterAll
    static void stopRt() {
        RealRt.stop();
    }

    @Override
    TestTenant newTenant(String prefix) {
        TestTenant tenant = TestTenant.create(prefix + "-rt");
        RealRt.connect(tenant, RealRt.queue("annex-grants"));
        return tenant;
    }
}
