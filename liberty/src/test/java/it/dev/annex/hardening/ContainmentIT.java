package it.dev.annex.hardening;

import static dev.annex.plugin.testkit.server.TestTenant.OPERATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.dev.annex.support.PluginJars;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 11, containment: no plugin reaches the host's classes, and no plugin table is shared by tenants. */
class ContainmentIT {

    @Test
    void aPluginCannotLoadTheHostsClassesAndTheOperatorSeesWhy() {
        TestTenant tenant = TestTenant.create("contain");
        OPERATOR.put("/api/operator/tenants/" + tenant.slug() + "/plugins/echo", null).expect(200);
        JsonObject tried = tenant.admin().get(tenant.path("/plugins/echo/host-class")).expect(200).json();
        assertFalse(tried.getBoolean("loaded"), tried::toString);
        assertEquals("ClassNotFoundException", tried.getString("error"));
        // The plugin API itself stays reachable.
        JsonObject api = tenant.admin().get(tenant.path("/plugins/echo/host-class?name=dev.annex.plugin.api.PluginContext"))
                .expect(200).json();
        assertTrue(api.getBoolean("loaded"), api::toString);

        JsonObject echo = OPERATOR.get("/api/operator/plugins").expect(200).array().getValuesAs(JsonObject.class)
                .stream().filter(p -> p.getString("id").equals("echo")).findFirst().orElseThrow();
        String problem = echo.getJsonObject("lastProblem").getString("message");
        assertTrue(problem.contains("dev.annex.host.security.SecretTokens"), problem);
    }

    /**
     * The host gives every plugin entity its tenancy (PluginTenancy); an entity that declares one of
     * its own — here in an EclipseLink mapping file, on another column and context property, which
     * the host never sets — would leave its rows unscoped, and is refused before anything of it runs.
     */
    @Test
    void aPluginEntityDeclaringATenancyOfItsOwnIsRefused() throws Exception {
        String unit = """
                <?xml version="1.0" encoding="UTF-8"?>
                <persistence version="3.0" xmlns="https://jakarta.ee/xml/ns/persistence">
                  <persistence-unit name="unscoped">
                    <mapping-file>META-INF/unscoped-orm.xml</mapping-file>
                    <class>dev.annex.testplugins.echo.EchoUnscoped</class>
                    <exclude-unlisted-classes>true</exclude-unlisted-classes>
                  </persistence-unit>
                </persistence>
                """;
        String mapping = """
                <?xml version="1.0" encoding="UTF-8"?>
                <entity-mappings xmlns="http://www.eclipse.org/eclipselink/xsds/persistence/orm" version="2.5">
                  <entity class="dev.annex.testplugins.echo.EchoUnscoped">
                    <multitenant>
                      <tenant-discriminator-column name="OWNER" context-property="echo.owner"/>
                    </multitenant>
                  </entity>
                </entity-mappings>
                """;
        byte[] jar = PluginJars.withEntries(PluginJars.echo("uploaded-v1"), Map.of("Plugin-Id", "unscoped"),
                Map.of("META-INF/persistence.xml", unit.getBytes(StandardCharsets.UTF_8),
                        "META-INF/unscoped-orm.xml", mapping.getBytes(StandardCharsets.UTF_8)));
        JsonObject refused = PluginJars.upload(jar).expectProblem(422, "file");
        String detail = refused.getString("detail");
        assertTrue(detail.contains("EchoUnscoped") && detail.contains("tenancy of their own"), detail);
        assertTrue(OPERATOR.get("/api/operator/plugins").expect(200).array().getValuesAs(JsonObject.class).stream()
                .noneMatch(p -> p.getString("id").equals("unscoped")));
    }
}
