package it.dev.annex.host.helpdesk.rt;

import dev.annex.host.helpdesk.rt.client.RtClient;
import dev.annex.host.helpdesk.rt.client.RtCredentials;
import dev.annex.host.helpdesk.rt.client.RtEndpoint;
import dev.annex.host.helpdesk.rt.client.RtQueue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

/**
 * The real RT 5 that {@code .ci/rt start} runs for these tests (the build starts it before the
 * integration tests): its address, the API user's credentials, and stopping and starting it for
 * the fault tests. RT's data lives on between runs, so every test makes its own queues and users.
 */
final class RealRt {

    /** As {@code .ci/rt} picks it: {@code annex.rt.port}, else the integration-test port + 9. */
    static final int PORT = port();
    static final URI URL = URI.create("http://127.0.0.1:" + PORT);
    static final String USER = "annex-api";
    static final String PASSWORD = System.getProperty("annex.rt.password", "annex-rt");
    static final Path HOME = Path.of("/var/lib/annex-rt/" + PORT);
    /** Generous: on a shared, loaded machine RT's writes take seconds (its scrips run in the request). */
    static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Path SCRIPT = Path.of(System.getProperty("annex.rt.script", "../.ci/rt"));

    private RealRt() {
    }

    private static int port() {
        String rt = System.getProperty("annex.rt.port", "");
        if (!rt.isBlank()) {
            return Integer.parseInt(rt.strip());
        }
        return Integer.parseInt(System.getProperty("annex.it.http.port", "9181").strip()) + 9;
    }

    static RtClient basic() {
        return new RtClient(new RtEndpoint(URL, new RtCredentials.Basic(USER, PASSWORD), TIMEOUT));
    }

    /** RT's own agent, whose changes stand for those made in RT's web UI. */
    static RtClient agent() {
        return new RtClient(new RtEndpoint(URL, new RtCredentials.Basic("rt-agent", PASSWORD), TIMEOUT));
    }

    static RtClient token() {
        try {
            String secret = Files.readString(HOME.resolve("token"), StandardCharsets.UTF_8).strip();
            return new RtClient(new RtEndpoint(URL, new RtCredentials.Token(secret), TIMEOUT));
        } catch (IOException e) {
            throw new IllegalStateException("no RT token at " + HOME + " (run .ci/rt start)", e);
        }
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static RtQueue queue(RtClient rt, String lifecycle) {
        return rt.createQueue(unique("annex-it"), lifecycle);
    }

    static void stop() {
        script("stop");
    }

    static void start() {
        script("start");
    }

    private static void script(String command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(SCRIPT.toString(), command)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.INHERIT);
            builder.environment().put("ANNEX_RT_PORT", String.valueOf(PORT));
            builder.environment().put("ANNEX_RT_PASSWORD", PASSWORD);
            Process process = builder.start();
            process.getOutputStream().close();
            if (!process.waitFor(Duration.ofMinutes(3).toSeconds(), java.util.concurrent.TimeUnit.SECONDS)
                    || process.exitValue() != 0) {
                throw new IllegalStateException(".ci/rt " + command + " failed");
            }
        } catch (IOException e) {
            throw new IllegalStateException(".ci/rt " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
