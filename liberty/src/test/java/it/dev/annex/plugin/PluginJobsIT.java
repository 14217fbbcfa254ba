package it.dev.annex.plugin;

import dev.annex.plugin.testkit.server.Eventually;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.testkit.server.TestTenant;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Scheduled jobs run per tenant, only for tenants that have the plugin on. */
class PluginJobsIT {

    private static int runs(TestTenant tenant) {
        return Integer.parseInt(tenant.admin().get(tenant.path("/plugins/echo/jobs")).expect(200).body().trim());
    }

    @Test
    void aJobRunsRepeatedlyForATenantWithThePluginOnAndNeverForOneWithItOff() throws Exception {
        TestTenant on = TestTenant.create("jobs-on");
        TestTenant off = TestTenant.create("jobs-off");
        PluginRuntimeIT.enable(on, "echo");

        Eventually.eventually().until(() -> runs(on) >= 2);

        PluginRuntimeIT.enable(off, "echo");
        int justEnabled = runs(off);
        PluginRuntimeIT.disable(off, "echo");
        // While it is off, let the scheduler demonstrably go round: the other tenant's job runs twice more.
        int onBefore = runs(on);
        Eventually.eventually().until(() -> runs(on) >= onBefore + 2);
        PluginRuntimeIT.enable(off, "echo");
        assertTrue(runs(off) <= justEnabled + 1, "no runs while off: " + justEnabled + " then " + runs(off));
    }
}
