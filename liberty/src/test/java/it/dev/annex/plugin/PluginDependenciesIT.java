package it.dev.annex.plugin;

import static dev.annex.plugin.testkit.server.TestTenant.OPERATOR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.Reply;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Plugins that depend on plugins, with the test plugins provider (1.0.0, 2.0.0) and consumer
 * (needs provider >=1.0.0 & <3.0.0; "picky" needs >=5.0.0): install order both ways, the wrong
 * version, per-tenant enable / disable refusals and "both", uninstall refusals, and an upgrade
 * of the dependency while the dependant serves requests.
 */
public class PluginDependenciesIT {

    public static Path jar(String module, String classifier) {
        Path target = Path.of(System.getProperty("annex.it.plugins")).getParent().getParent().resolve(module).resolve("target");
        return target.resolve("annex-upload-plugin-" + module + "-" + System.getProperty("annex.it.version")
                + (classifier == null ? "" : "-" + classifier) + ".jar");
    }

    public static Reply upload(Path jar) {
        try {
            String auth = Base64.getEncoder().encodeToString("operator@annex.local:demo".getBytes());
            HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(
                    HttpRequest.newBuilder(URI.create(Api.baseUrl() + "/api/operator/plugins"))
                            .header("Authorization", "Basic " + auth)
                            .header("Content-Type", "application/octet-stream")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(jar))).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Optional<JsonObject> plugin(String id) {
        return OPERATOR.get("/api/operator/plugins").expect(200).array().getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("id").equals(id)).findFirst();
    }

    static String state(String id) {
        return plugin(id).map(p -> p.getString("state") + (p.isNull("failure") ? "" : ": " + p.getString("failure")))
                .orElse("absent");
    }

    @AfterEach
    void uninstallDependantsFirst() {
        for (String id : List.of("picky", "consumer", "provider")) {
            int status = OPERATOR.delete("/api/operator/plugins/" + id).status();
            assertTrue(status == 204 || status == 404, id + " " + status);
        }
    }

    @Test
    void aDependantInstalledFirstIsRefusedWithTheReasonAndStartsByItselfWhenItsDependencyArrives() {
        JsonObject consumer = upload(jar("consumer", null)).expect(201).json();
        assertEquals("REFUSED", consumer.getString("state"));
        assertEquals("it needs provider >=1.0.0 & <3.0.0, which is not installed", consumer.getString("failure"));
        assertEquals("STARTED", upload(jar("provider", null)).expect(201).json().getString("state"));
        assertEquals("STARTED", state("consumer"));
    }

    @Test
    void aDependantInstalledAfterItsDependencyStartsAtOnceAndTheWrongVersionIsRefused() {
        upload(jar("provider", null)).expect(201);
        assertEquals("STARTED", upload(jar("consumer", null)).expect(201).json().getString("state"));
        JsonObject picky = upload(jar("consumer", "picky")).expect(201).json();
        assertEquals("REFUSED", picky.getString("state"));
        assertEquals("it needs provider >=5.0.0, but provider 1.0.0 is installed", picky.getString("failure"));
        TestTenant tenant = TestTenant.create("deps-wrong");
        OPERATOR.put("/api/operator/tenants/" + tenant.slug() + "/plugins/picky", null).expectProblem(409);
    }

    @Test
    void perTenantAPluginGoesOnOnlyWithItsDependencyAndOffOnlyWithoutItsDependants() {
        upload(jar("provider", null)).expect(201);
        upload(jar("consumer", null)).expect(201);
        TestTenant tenant = TestTenant.create("deps-tenant");
        String plugins = "/api/operator/tenants/" + tenant.slug() + "/plugins/";

        String needs = OPERATOR.put(plugins + "consumer", null).expectProblem(409).getString("detail");
        assertTrue(needs.contains("consumer needs provider") && needs.contains("withDependencies=true"), needs);
        tenant.admin().get(tenant.path("/plugins/consumer/greeting")).expectProblem(404);
        OPERATOR.put(plugins + "consumer?withDependencies=true", null).expect(200);
        assertEquals("provider 1.0.0", tenant.admin().get(tenant.path("/plugins/consumer/greeting")).expect(200).body());

        String used = OPERATOR.delete(plugins + "provider").expectProblem(409).getString("detail");
        assertTrue(used.contains("consumer depends on provider") && used.contains("withDependants=true"), used);
        assertEquals(200, tenant.admin().get(tenant.path("/plugins/consumer/greeting")).status(), "nothing changed");
        OPERATOR.delete(plugins + "provider?withDependants=true").expect(200);
        tenant.admin().get(tenant.path("/plugins/consumer/greeting")).expectProblem(404);
        tenant.admin().get(tenant.path("/plugins/provider")).expectProblem(404);

        OPERATOR.put(plugins + "provider", null).expect(200);
        OPERATOR.put(plugins + "consumer", null).expect(200);
        OPERATOR.delete(plugins + "consumer").expect(200);
        OPERATOR.delete(plugins + "provider").expect(200);
        String trail = tenant.admin().get(tenant.path("/admin/audit?size=100")).expect(200).body();
        assertTrue(trail.contains("plugin.enabled") && trail.contains("plugin.disabled"), trail);
    }

    @Test
    void aPluginThatInstalledPluginsDependOnCannotBeUninstalled() {
        upload(jar("provider", null)).expect(201);
        upload(jar("consumer", null)).expect(201);
        upload(jar("consumer", "picky")).expect(201);
        String refused = OPERATOR.delete("/api/operator/plugins/provider").expectProblem(409).getString("detail");
        assertEquals("Plugin provider cannot be uninstalled: consumer, picky depend on it. Uninstall them first.", refused);
        assertEquals("STARTED", state("provider"));
        OPERATOR.delete("/api/operator/plugins/picky").expect(204);
        OPERATOR.delete("/api/operator/plugins/consumer").expect(204);
        OPERATOR.delete("/api/operator/plugins/provider").expect(204);
        assertEquals("absent", state("provider"));
    }

    @Test
    void upgradingTheDependencyReLinksItsDependantWhileItServesRequests() throws Exception {
        upload(jar("provider", null)).expect(201);
        upload(jar("consumer", null)).expect(201);
        TestTenant tenant = TestTenant.create("deps-upgrade");
        OPERATOR.put("/api/operator/tenants/" + tenant.slug() + "/plugins/consumer?withDependencies=true", null).expect(200);
        Api admin = tenant.admin();
        assertEquals("provider 1.0.0", admin.get(tenant.path("/plugins/consumer/greeting")).expect(200).body());

        AtomicBoolean upgrading = new AtomicBoolean(true);
        List<String> answers = Collections.synchronizedList(new ArrayList<>());
        // Several callers at once, so that calls are in flight while the old version is unloaded
        // (the host waits for them: a call on a closed class loader once answered 500 here).
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> load = new ArrayList<>();
            for (int caller = 0; caller < 4; caller++) {
                load.add(pool.submit(() -> {
                    for (int i = 0; i < 2_000 && upgrading.get(); i++) {
                        Reply reply = admin.get(tenant.path("/plugins/consumer/greeting"));
                        answers.add(reply.status() + " " + (reply.status() == 200 ? reply.body() : ""));
                    }
                }));
            }
            assertEquals("2.0.0", upload(jar("provider", "v2")).expect(201).json().getString("version"));
            upgrading.set(false);
            for (Future<?> caller : load) {
                caller.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals("STARTED", state("consumer"));
        assertEquals("provider 2.0.0", admin.get(tenant.path("/plugins/consumer/greeting")).expect(200).body(),
                "the dependant now calls the new version, without a restart");
        assertTrue(!answers.isEmpty(), "requests were served during the upgrade");
        List<String> unexpected = answers.stream().filter(a -> !a.equals("200 provider 1.0.0")
                && !a.equals("200 provider 2.0.0") && !a.equals("404 ")).distinct().toList();
        assertEquals(List.of(), unexpected, "only the old answer, the new one, or briefly not found");
    }
}
