package it.dev.annex.plugin;

import static org.junit.jupiter.api.Assertions.assertTrue;

import it.dev.annex.support.TestTenant;
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

        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (runs(on) < 2 && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
        }
        assertTrue(runs(on) >= 2, "the job ran " + runs(on) + " times");

        PluginRuntimeIT.enable(off, "echo");
        int justEnabled = runs(off);
        PluginRuntimeIT.disable(off, "echo");
        Thread.sleep(3000);
        PluginRuntimeIT.enable(off, "echo");
        assertTrue(runs(off) <= justEnabled + 1, "no runs while off: " + justEnabled + " then " + runs(off));
    }
}
