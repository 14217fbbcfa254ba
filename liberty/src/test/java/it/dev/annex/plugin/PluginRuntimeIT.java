package it.dev.annex.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.Reply;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

class PluginRuntimeIT {

    private static final Api OPERATOR = TestTenant.OPERATOR;

    static void enable(TestTenant tenant, String pluginId) {
        OPERATOR.put("/api/operator/tenants/" + tenant.slug() + "/plugins/" + pluginId, null).expect(200);
    }

    static void disable(TestTenant tenant, String pluginId) {
        OPERATOR.delete("/api/operator/tenants/" + tenant.slug() + "/plugins/" + pluginId).expect(200);
    }

    private static JsonObject plugin(String id) {
        return OPERATOR.get("/api/operator/plugins").expect(200).array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("id").equals(id)).findFirst().orElseThrow(() -> new AssertionError("no " + id));
    }

    @Test
    void aPluginAnswersOnlyForTenantsThatHaveItOnAndStopsAtOnceWhenTurnedOff() {
        TestTenant on = TestTenant.create("plug-on");
        TestTenant off = TestTenant.create("plug-off");
        enable(on, "echo");

        JsonObject ping = on.admin().get(on.path("/plugins/echo/ping")).expect(200).json();
        assertEquals(on.slug(), ping.getString("tenant"));
        assertEquals("admin@" + on.slug() + ".example", ping.getString("caller"));
        assertEquals("echo", on.admin().get(on.path("/plugins/echo")).expect(200).json().getString("id"));
        assertTrue(on.admin().get(on.path("/plugins")).body().contains("\"echo\""));

        off.admin().get(off.path("/plugins/echo/ping")).expectProblem(404);
        off.admin().get(off.path("/plugins/echo")).expectProblem(404);
        assertEquals(0, off.admin().get(off.path("/plugins")).array().size());

        disable(on, "echo");
        on.admin().get(on.path("/plugins/echo/ping")).expectProblem(404);
        on.admin().get(on.path("/plugins/echo")).expectProblem(404);
        Api.anonymous().get(on.path("/plugins/echo/ping")).expectProblem(401);
    }

    @Test
    void anEndpointForSomeRolesIsRefusedByTheHostToEveryOtherRole() {
        TestTenant tenant = TestTenant.create("plug-roles");
        enable(tenant, "echo");
        long organisation = tenant.organisation("Customer", "R-1");
        tenant.person("agent@" + tenant.slug() + ".example", "AGENT", null);
        tenant.person("contact@" + tenant.slug() + ".example", "CONTACT", organisation);

        assertEquals(tenant.slug(), tenant.admin().get(tenant.path("/plugins/echo/admins-only")).expect(200).json()
                .getString("tenant"));
        for (String who : List.of("agent", "contact")) {
            JsonObject problem = tenant.as(who + "@" + tenant.slug() + ".example")
                    .get(tenant.path("/plugins/echo/admins-only")).expectProblem(403);
            assertEquals("Only the tenant's administrators may do this.", problem.getString("detail"), who);
        }
        JsonObject operation = Api.anonymous().header("Accept", "application/json").get("/openapi").expect(200).json()
                .getJsonObject("paths").getJsonObject("/api/t/{tenant}/plugins/echo/admins-only").getJsonObject("get");
        assertEquals("[\"TENANT_ADMIN\"]", operation.getJsonArray("x-annex-roles").toString());
    }

    @Test
    void lifecycleCallbacksFollowEnableAndDisable() {
        TestTenant tenant = TestTenant.create("plug-life");
        enable(tenant, "echo");
        disable(tenant, "echo");
        enable(tenant, "echo");
        enable(tenant, "echo");
        List<String> calls = tenant.admin().get(tenant.path("/plugins/echo/lifecycle")).expect(200).array()
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList();
        assertEquals(List.of("enabled", "disabled", "enabled"), calls);
    }

    @Test
    void failedAndRefusedPluginsAreListedWithTheirReasonAndCannotBeEnabled() {
        JsonObject echo = plugin("echo");
        assertEquals("STARTED", echo.getString("state"));
        assertTrue(echo.isNull("failure"), echo::toString);

        JsonObject failing = plugin("failing-start");
        assertEquals("FAILED", failing.getString("state"));
        assertTrue(failing.getString("failure").contains("failing-start refuses to start"), failing::toString);

        JsonObject wrongApi = plugin("wrong-api");
        assertEquals("REFUSED", wrongApi.getString("state"));
        assertTrue(wrongApi.getString("failure").contains(">=2.0.0"), wrongApi::toString);

        TestTenant tenant = TestTenant.create("plug-fail");
        OPERATOR.put("/api/operator/tenants/" + tenant.slug() + "/plugins/failing-start", null).expectProblem(409);
        OPERATOR.put("/api/operator/tenants/" + tenant.slug() + "/plugins/wrong-api", null).expectProblem(409);
        OPERATOR.put("/api/operator/tenants/" + tenant.slug() + "/plugins/no-such-plugin", null).expectProblem(404);
        OPERATOR.put("/api/operator/tenants/no-such-tenant/plugins/echo", null).expectProblem(404);
    }

    @Test
    void aPluginEndpointThatThrowsIsContained() {
        TestTenant tenant = TestTenant.create("plug-boom");
        enable(tenant, "echo");
        JsonObject problem = tenant.admin().get(tenant.path("/plugins/echo/boom")).expectProblem(500);
        assertFalse(problem.getString("detail").contains("on purpose"), "no internals leak");
        tenant.admin().get(tenant.path("/plugins/echo/ping")).expect(200);
        Api.anonymous().get("/health/ready").expect(200);
    }

    @Test
    void aPluginCannotReadAnotherTenantsData() {
        TestTenant a = TestTenant.create("plug-xa");
        TestTenant b = TestTenant.create("plug-xb");
        long bTicket = b.ticket(b.admin(), "B only");
        long bTenantId = OPERATOR.get("/api/operator/tenants/" + b.slug()).json().getJsonNumber("id").longValue();
        enable(a, "echo");
        String answer = a.admin().get(a.path("/plugins/echo/cross-tenant?tenantId=" + bTenantId + "&ticketId=" + bTicket))
                .expectProblem(500).toString();
        assertFalse(answer.contains("B only"));
    }

    @Test
    void operatorsAloneManagePluginsAndTenantAdminsSeeTheirs() {
        TestTenant tenant = TestTenant.create("plug-admin");
        tenant.admin().get("/api/operator/plugins").expectProblem(401);
        tenant.admin().put("/api/operator/tenants/" + tenant.slug() + "/plugins/echo", null).expectProblem(401);
        enable(tenant, "echo");
        JsonObject echo = tenant.admin().get(tenant.path("/admin/plugins")).expect(200).array()
                .getValuesAs(JsonObject.class).stream().filter(p -> p.getJsonObject("plugin").getString("id").equals("echo"))
                .findFirst().orElseThrow();
        assertTrue(echo.getBoolean("enabled"));
        long contactOrg = tenant.organisation("Org", "ORG");
        tenant.person("c@plug.example", "CONTACT", contactOrg);
        tenant.as("c@plug.example").get(tenant.path("/admin/plugins")).expectProblem(403);
    }

    /** UiContribution.roles (API 1.1.0): a contribution naming roles is offered to those roles only. */
    @Test
    void uiContributionsNamingRolesAreOfferedOnlyToPeopleInThoseRoles() {
        TestTenant tenant = TestTenant.create("plug-roles");
        enable(tenant, "echo");
        enable(tenant, "permission-grants");
        long org = tenant.organisation("Org", "ORG");
        tenant.person("admin@roles.example", "ORGANISATION_ADMIN", org);
        tenant.person("contact@roles.example", "CONTACT", org);
        tenant.person("agent@roles.example", "AGENT", null);
        String expected = """
                TENANT_ADMIN: echo-panel, pg-admin-requests, pg-partner-marker, pg-ticket-partners
                AGENT: echo-panel, pg-admin-requests, pg-partner-marker, pg-ticket-partners
                ORGANISATION_ADMIN: echo-panel, pg-my-partners, pg-partner-marker, pg-ticket-partners
                CONTACT: echo-panel, pg-partner-marker, pg-ticket-partners
                """;
        // Partner access is in these roles too, but offered only to partners (UiExtension.offers,
        // API 1.5.0; PermissionGrantsIT in the plugin's module tests who counts as one).
        String actual = "TENANT_ADMIN: " + elements(tenant, tenant.admin()) + "\n"
                + "AGENT: " + elements(tenant, tenant.as("agent@roles.example")) + "\n"
                + "ORGANISATION_ADMIN: " + elements(tenant, tenant.as("admin@roles.example")) + "\n"
                + "CONTACT: " + elements(tenant, tenant.as("contact@roles.example")) + "\n";
        assertEquals(expected, actual);
        // The roles are part of the description; a 1.0-style contribution names none.
        JsonObject myPartners = tenant.as("admin@roles.example").get(tenant.path("/plugins/permission-grants")).expect(200)
                .json().getJsonArray("ui").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("element").equals("pg-my-partners")).findFirst().orElseThrow();
        assertEquals("[\"ORGANISATION_ADMIN\"]", myPartners.getJsonArray("roles").toString());
        assertEquals(0, tenant.admin().get(tenant.path("/plugins/echo")).expect(200).json().getJsonArray("ui")
                .getJsonObject(0).getJsonArray("roles").size());
        assertTrue(tenant.as("contact@roles.example").get(tenant.path("/plugins/permission-grants")).expect(200).json()
                .getJsonArray("ui").getValuesAs(JsonObject.class).stream()
                .noneMatch(c -> c.getString("element").equals("pg-my-partners")), "not described to a contact either");
    }

    private static String elements(TestTenant tenant, Api api) {
        return api.get(tenant.path("/plugins")).expect(200).array().getValuesAs(JsonObject.class).stream()
                .flatMap(p -> p.getJsonArray("ui").getValuesAs(JsonObject.class).stream())
                .map(c -> c.getString("element")).sorted().collect(java.util.stream.Collectors.joining(", "));
    }

    @Test
    void uiContributionsAreOfferedWithVersionedModulesTheHostServes() {
        TestTenant tenant = TestTenant.create("plug-ui");
        enable(tenant, "echo");
        JsonObject panel = tenant.admin().get(tenant.path("/plugins/echo")).expect(200).json()
                .getJsonArray("ui").getJsonObject(0);
        assertEquals("TICKET_PANEL", panel.getString("slot"));
        assertEquals("echo-panel", panel.getString("element"));
        String module = panel.getString("module");
        assertTrue(module.matches("/api/plugin-assets/echo/[^/]+/panel\\.js"), module);

        var asset = Api.anonymous().get(module).expect(200);
        assertTrue(asset.header("Content-Type").startsWith("text/javascript"), asset.header("Content-Type"));
        assertTrue(asset.header("Cache-Control").contains("max-age=31536000"), asset.header("Cache-Control"));
        assertTrue(asset.body().contains("customElements.define('echo-panel'"));

        Api.anonymous().get("/api/plugin-assets/echo/9.9.9/panel.js").expectProblem(404);
        var traversal = Api.anonymous().get(module.replace("panel.js", "..%2FMETA-INF%2FMANIFEST.MF"));
        assertTrue(traversal.status() == 400 || traversal.status() == 404, "refused, by the server or the host");
        assertFalse(traversal.body().contains("Plugin-Id"));
        Api.anonymous().get(module.replace("panel.js", "missing.js")).expectProblem(404);
    }

    @Test
    void operatorAndPluginActionsAreAudited() {
        TestTenant tenant = TestTenant.create("plug-audit");
        enable(tenant, "echo");
        tenant.admin().put(tenant.path("/admin/plugins/echo/settings"), "{\"greeting\":\"hej\"}").expect(200);
        disable(tenant, "echo");
        List<String> actions = tenant.admin().get(tenant.path("/admin/audit")).expect(200).items()
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("action")).toList();
        assertEquals(List.of("plugin.disabled", "plugin.configured", "plugin.enabled", "tenant.created"), actions);
        Reply second = tenant.admin().get(tenant.path("/admin/audit?size=3&page=1")).expect(200);
        assertEquals("4", second.header("X-Total-Count"));
        assertEquals("tenant.created", second.items().getJsonObject(0).getString("action"), "the oldest, on the last page");
        assertEquals(1, second.items().size());
        tenant.as("nobody@x.example").get(tenant.path("/admin/audit")).expectProblem(401);
        OPERATOR.get("/api/operator/audit").expect(200).items();
        tenant.admin().get("/api/operator/audit").expectProblem(401);
    }

    @Test
    void aPluginWritesThroughTheHelpDeskAsItsCaller() {
        TestTenant tenant = TestTenant.create("plug-write");
        enable(tenant, "echo");
        long ticket = tenant.ticket(tenant.admin(), "Written to by a plugin");
        tenant.admin().post(tenant.path("/plugins/echo/comment"), "{\"ticketId\":" + ticket + ",\"body\":\"via echo\"}")
                .expect(200);
        JsonObject comment = tenant.admin().get(tenant.path("/tickets/" + ticket + "/comments")).expect(200).items()
                .getJsonObject(0);
        assertEquals("via echo", comment.getString("body"));
        assertEquals(tenant.adminId(), comment.getJsonNumber("authorId").longValue());
        tenant.admin().post(tenant.path("/plugins/echo/comment"), "{\"ticketId\":999999,\"body\":\"x\"}").expectProblem(404);
        tenant.admin().post(tenant.path("/plugins/echo/comment"), "{\"ticketId\":" + ticket + ",\"body\":\" \"}")
                .expectProblem(422, "body");
    }
}
