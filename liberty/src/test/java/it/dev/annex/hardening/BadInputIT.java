package it.dev.annex.hardening;

import dev.annex.plugin.testkit.server.TestTenant;
import org.junit.jupiter.api.Test;

/** Issue 11, defect 4: inputs that answered 500 are problems naming what was wrong. */
class BadInputIT {

    @Test
    void anEmptySortIsAProblemNotAServerError() {
        TestTenant tenant = TestTenant.create("badsort");
        tenant.admin().get(tenant.path("/tickets?sort=-")).expectProblem(400, "sort");
        tenant.admin().get(tenant.path("/tickets?sort=-updated")).expect(200);
    }

    @Test
    void settingsThatAreNotAJsonObjectAreAProblem() {
        TestTenant tenant = TestTenant.create("badsettings");
        TestTenant.OPERATOR.put("/api/operator/tenants/" + tenant.slug() + "/plugins/echo", null).expect(200);
        String settings = tenant.path("/admin/plugins/echo/settings");
        tenant.admin().put(settings, "[\"greeting\",\"bonjour\"]").expectProblem(422, "settings");
        // Since the strict JSON reader (defect 8): scalars reach the check too, and a key twice is 400.
        tenant.admin().put(settings, "\"bonjour\"").expectProblem(422, "settings");
        tenant.admin().put(settings, "42").expectProblem(422, "settings");
        tenant.admin().put(settings, "{\"greeting\":\"a\",\"greeting\":\"b\"}").expectProblem(400, "greeting");
        tenant.admin().get(tenant.path("/admin/plugins")).expect(200);
    }
}
