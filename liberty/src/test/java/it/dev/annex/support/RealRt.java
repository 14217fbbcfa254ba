package it.dev.annex.support;

import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.TestTenant;
import dev.annex.host.helpdesk.rt.client.RtClient;
import dev.annex.host.helpdesk.rt.client.RtCredentials;
import dev.annex.host.helpdesk.rt.client.RtEndpoint;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real Request Tracker 5 that {@code .ci/rt} runs on the IT port + 9, for the ITs of RT-backed
 * tenants: started and stopped by them, its integration user's token, a client signed in with it.
 */
public final class RealRt {

    public static final int PORT = URI.create(Api.baseUrl()).getPort() + 9;
    public static final String URL = "http://127.0.0.1:" + PORT;

    private RealRt() {
    }

    public static void start() {
        script("start");
    }

    public static void stop() {
        script("stop");
    }

    /** RT running for a test class: {@code @ExtendWith(RealRt.Running.class)}, before its own {@code @BeforeAll}. */
    public static final class Running implements BeforeAllCallback, AfterAllCallback {

        @Override
        public void beforeAll(ExtensionContext context) {
            start();
        }

        @Override
        public void afterAll(ExtensionContext context) {
            stop();
        }
    }

    public static String token() {
        try {
            return Files.readString(Path.of("/var/lib/annex-rt/" + PORT + "/token"), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new IllegalStateException("no RT token (run .ci/rt start)", e);
        }
    }

    public static RtClient client() {
        return new RtClient(new RtEndpoint(URI.create(URL), new RtCredentials.Token(token())));
    }

    /** RT's own agent ({@code .ci/rt}'s rt-agent), whose changes stand for those made in RT's web UI. */
    public static RtClient agent() {
        return new RtClient(new RtEndpoint(URI.create(URL), new RtCredentials.Basic("rt-agent",
                System.getenv().getOrDefault("ANNEX_RT_PASSWORD", "annex-rt"))));
    }

    /** Backs the tenant by this RT, in one queue (the operator's PUT, checked against RT); its answer. */
    public static JsonObject connect(TestTenant tenant, String queue) {
        return TestTenant.OPERATOR.put("/api/operator/tenants/" + tenant.slug() + "/help-desk", Json.createObjectBuilder()
                .add("kind", "RT").add("baseUrl", URL).add("token", token())
                .add("queues", Json.createArrayBuilder().add(queue)).add("organisations", "ORGANIZATION_FIELD")
                .build().toString()).expect(200).json();
    }

    /** A new tenant ({@code prefix-rt-…}) backed by this RT, on a new queue of its own. */
    public static TestTenant tenant(String prefix, String queuePrefix) {
        TestTenant tenant = TestTenant.create(prefix + "-rt");
        connect(tenant, queue(queuePrefix));
        return tenant;
    }

    /** A new queue of RT's default lifecycle, with a unique name. */
    public static String queue(String prefix) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        client().createQueue(name, null);
        return name;
    }

    /** Many tickets at once, through RT's Perl API ({@code .ci/rt seed}), for the benchmarks. */
    public static void seed(String queue, int count, int organisations) {
        script("seed", queue, String.valueOf(count), String.valueOf(organisations));
    }

    private static void script(String... command) {
        try {
            List<String> line = new ArrayList<>(List.of("../.ci/rt"));
            line.addAll(List.of(command));
            ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.INHERIT);
            builder.environment().put("ANNEX_RT_PORT", String.valueOf(PORT));
            Process process = builder.start();
            if (!process.waitFor(command.length > 1 ? 120 : 3, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(".ci/rt " + String.join(" ", command) + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException(".ci/rt " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
