package it.dev.annex.support;

import dev.annex.host.helpdesk.rt.client.RtClient;
import dev.annex.host.helpdesk.rt.client.RtCredentials;
import dev.annex.host.helpdesk.rt.client.RtEndpoint;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

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

    /** A new queue of RT's default lifecycle, with a unique name. */
    public static String queue(String prefix) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        client().createQueue(name, null);
        return name;
    }

    private static void script(String command) {
        try {
            ProcessBuilder builder = new ProcessBuilder("../.ci/rt", command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.INHERIT);
            builder.environment().put("ANNEX_RT_PORT", String.valueOf(PORT));
            Process process = builder.start();
            if (!process.waitFor(3, TimeUnit.MINUTES) || process.exitValue() != 0) {
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
