package it.dev.annex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.Reply;
import dev.annex.plugin.testkit.server.TestTenant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What every request pays before its own work: finding the tenant, the caller (token, password or
 * session) and, for a plugin, whether it is on and its settings. Kept on the node, so a repeated
 * request costs at most one SQL statement, and dropped when any of it changes, so the change is in
 * force on the very next request.
 */
class RequestCostIT {

    private static final String HEADER = "X-Annex-Sql-Statements";
    private static final Api OPERATOR = TestTenant.OPERATOR;

    private static int statements(Reply reply) {
        String count = reply.header(HEADER);
        assertNotNull(count, "the IT server reports statement counts");
        return Integer.parseInt(count);
    }

    /** The statements of the second of two identical requests: the first may fill what is kept. */
    private static int repeatedCost(Api api, String path) {
        api.get(path).expect(200);
        return statements(api.get(path).expect(200));
    }

    private static String token(TestTenant tenant, Api as) {
        return as.post(tenant.path("/me/tokens"), "{\"name\":\"cost\"}").expect(201).json().getString("secret");
    }

    @Test
    void aRepeatedRequestCostsAtMostOneStatementBeforeItsOwnWork() {
        TestTenant tenant = TestTenant.create("cost");
        OPERATOR.put("/api/operator/tenants/" + tenant.slug() + "/plugins/echo", null).expect(200);
        Api bearer = Api.bearer(token(tenant, tenant.admin()));
        Map<String, Integer> cost = new LinkedHashMap<>();
        cost.put("GET /me, bearer", repeatedCost(bearer, tenant.path("/me")));
        cost.put("GET /me, Basic", repeatedCost(tenant.admin(), tenant.path("/me")));
        cost.put("echo ping, bearer", repeatedCost(bearer, tenant.path("/plugins/echo/ping")));
        cost.put("echo ping, Basic", repeatedCost(tenant.admin(), tenant.path("/plugins/echo/ping")));
        System.out.println("SQL statements per repeated request: " + cost);
        // GET /me and the echo ping do no SQL of their own; before the caches they took 4 and 7.
        cost.forEach((request, statements) -> assertTrue(statements <= 1, request + " took " + statements));
    }

    @Test
    void aChangedPasswordRefusesTheOldOneOnTheVeryNextRequest() {
        TestTenant tenant = TestTenant.create("cost-pw");
        long agent = tenant.person("agent@pw.example", "AGENT", null);
        Api old = tenant.as("agent@pw.example");
        repeatedCost(old, tenant.path("/me"));

        tenant.admin().patch(tenant.path("/people/" + agent), "{\"password\":\"a-new-password-2\"}").expect(200);

        old.get(tenant.path("/me")).expectProblem(401);
        Api.basic("agent@pw.example", "a-new-password-2").get(tenant.path("/me")).expect(200);
    }

    @Test
    void aRevokedTokenADeactivatedPersonAndASuspendedTenantAreRefusedOnTheVeryNextRequest() {
        TestTenant tenant = TestTenant.create("cost-rv");
        long agent = tenant.person("agent@rv.example", "AGENT", null);
        Api agentApi = tenant.as("agent@rv.example");
        var issued = agentApi.post(tenant.path("/me/tokens"), "{\"name\":\"cost\"}").expect(201).json();
        Api bearer = Api.bearer(issued.getString("secret"));
        repeatedCost(bearer, tenant.path("/me"));
        agentApi.delete(tenant.path("/me/tokens/" + issued.getJsonObject("token").getJsonNumber("id").longValue()))
                .expect(204);
        bearer.get(tenant.path("/me")).expectProblem(401);

        Api adminBearer = Api.bearer(token(tenant, tenant.admin()));
        repeatedCost(agentApi, tenant.path("/me"));
        tenant.admin().patch(tenant.path("/people/" + agent), "{\"active\":false}").expect(200);
        agentApi.get(tenant.path("/me")).expectProblem(401);

        repeatedCost(adminBearer, tenant.path("/me"));
        OPERATOR.post("/api/operator/tenants/" + tenant.slug() + "/suspend", null).expect(200);
        adminBearer.get(tenant.path("/me")).expectProblem(403);
        OPERATOR.post("/api/operator/tenants/" + tenant.slug() + "/resume", null).expect(200);
        adminBearer.get(tenant.path("/me")).expect(200);
    }

    @Test
    void aPluginSwitchedOffOrReconfiguredIsSoOnTheVeryNextRequest() {
        TestTenant tenant = TestTenant.create("cost-pl");
        String plugin = "/api/operator/tenants/" + tenant.slug() + "/plugins/echo";
        OPERATOR.put(plugin, null).expect(200);
        Api admin = tenant.admin();
        String ping = tenant.path("/plugins/echo/ping");
        assertEquals("hello", admin.get(ping).expect(200).json().getString("greeting"));
        admin.get(ping).expect(200);

        admin.put(tenant.path("/admin/plugins/echo/settings"), "{\"greeting\":\"hej\"}").expect(200);
        assertEquals("hej", admin.get(ping).expect(200).json().getString("greeting"));

        OPERATOR.delete(plugin).expect(200);
        admin.get(ping).expectProblem(404);
        OPERATOR.put(plugin, null).expect(200);
        assertEquals("hej", admin.get(ping).expect(200).json().getString("greeting"));
    }
}
