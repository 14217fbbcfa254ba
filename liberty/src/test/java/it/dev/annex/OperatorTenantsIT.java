package it.dev.annex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class OperatorTenantsIT {

    private static final Api OPERATOR = TestTenant.OPERATOR;

    @Test
    void theOperatorCreatesListsAndShowsTenants() {
        TestTenant tenant = TestTenant.create("op");
        JsonObject shown = OPERATOR.get("/api/operator/tenants/" + tenant.slug()).expect(200).json();
        assertEquals("ACTIVE", shown.getString("status"));

        JsonObject page = OPERATOR.get("/api/operator/tenants?size=1").expect(200).json();
        assertEquals(1, page.getJsonArray("items").size());
        assertTrue(page.getInt("total") >= 2, "demo and this one at least");
        OPERATOR.get("/api/operator/tenants/no-such-tenant").expectProblem(404);
    }

    @Test
    void aSuspendedTenantIsRefusedUntilResumed() {
        TestTenant tenant = TestTenant.create("suspend");
        OPERATOR.post("/api/operator/tenants/" + tenant.slug() + "/suspend", null).expect(200);
        tenant.admin().get(tenant.path("/me")).expectProblem(403);
        OPERATOR.post("/api/operator/tenants/" + tenant.slug() + "/resume", null).expect(200);
        tenant.admin().get(tenant.path("/me")).expect(200);
    }

    @Test
    void badTenantsAreRejectedAndNothingIsCreated() {
        TestTenant existing = TestTenant.create("dup");
        int before = OPERATOR.get("/api/operator/tenants").json().getInt("total");
        String admin = "\"admin\":{\"email\":\"a@x.example\",\"displayName\":\"A\",\"password\":\"password-1\"}";
        OPERATOR.post("/api/operator/tenants", "{\"slug\":\"" + existing.slug() + "\",\"name\":\"Again\"," + admin + "}")
                .expectProblem(409, "slug");
        OPERATOR.post("/api/operator/tenants", "{\"slug\":\"Bad Slug!\",\"name\":\"X\"," + admin + "}")
                .expectProblem(422, "slug");
        OPERATOR.post("/api/operator/tenants", "{\"slug\":\"no-admin\",\"name\":\"X\"}").expectProblem(422, "admin");
        OPERATOR.post("/api/operator/tenants", "{\"slug\":\"weak\",\"name\":\"X\","
                + "\"admin\":{\"email\":\"a@x.example\",\"displayName\":\"A\",\"password\":\"short\"}}")
                .expectProblem(422, "password");
        assertEquals(before, OPERATOR.get("/api/operator/tenants").json().getInt("total"));
    }

    @Test
    void theOperatorSearchesTenantsBySlugOrName() {
        TestTenant wanted = TestTenant.create("findme");
        TestTenant.create("other");
        JsonObject bySlug = OPERATOR.get("/api/operator/tenants?text=" + wanted.slug().toUpperCase()).expect(200).json();
        assertEquals(1, bySlug.getInt("total"));
        assertEquals(wanted.slug(), bySlug.getJsonArray("items").getJsonObject(0).getString("slug"));
        // "%" and "_" are matched as themselves, not as wildcards that would list every tenant.
        assertEquals(0, OPERATOR.get("/api/operator/tenants?text=%25").expect(200).json().getInt("total"));
        assertEquals(0, OPERATOR.get("/api/operator/tenants?text=_").expect(200).json().getInt("total"));
    }

    @Test
    void onlyOperatorsReachTheOperatorApi() {
        Api.anonymous().get("/api/operator/tenants").expectProblem(401);
        Api.basic("operator@annex.local", "wrong").get("/api/operator/tenants").expectProblem(401);
        Api.basic("agent@demo.example", "demo").get("/api/operator/tenants").expectProblem(401);
    }
}
