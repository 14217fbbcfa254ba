package it.dev.annex.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.Eventually;
import jakarta.json.Json;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Crash safety: a server of its own (a copy of the IT server's installation on its own port and
 * PostgreSQL schema) is killed with SIGKILL while it sends a few hundred mails and delivers ticket
 * events to a plugin; started again, it delivers every queued mail and every event delivery, none
 * lost. PostgreSQL only: the test reads the outbox and the deliveries with SQL while and after the
 * server runs, which embedded Derby (one process) does not allow.
 */
class CrashSafetyIT {

    private static final String SERVER = "annex-crash";
    private static final int MAILS = 400;
    private static final int TICKETS = 40;
    private static final int HTTP_PORT = Integer.getInteger("annex.it.http.port", 9181) + 30;
    private static final int SMTP_PORT = Integer.getInteger("annex.it.smtp.port", 3025) + 30;
    private static final String SCHEMA = System.getProperty("annex.it.pg.schema", "annex_it") + "_crash";
    private static final String BASE = "http://localhost:" + HTTP_PORT;

    @RegisterExtension
    static final GreenMailExtension SMTP = new GreenMailExtension(
            new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void aServerKilledWhileSendingMailAndDeliveringEventsDeliversAllOfThemAfterItsRestart() throws Exception {
        Assumptions.assumeTrue("postgresql".equals(System.getProperty("annex.it.db")), "run with -Ppostgresql");
        try (Connection db = database()) {
            try (Statement statement = db.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            }
            Path server = prepareServer();
            start(server);

            Api operator = Api.basic("operator@annex.local", "demo").at(BASE);
            String slug = "crash-" + Long.toString(System.nanoTime(), 36);
            operator.post("/api/operator/tenants", Json.createObjectBuilder().add("slug", slug).add("name", "Crash")
                    .add("admin", Json.createObjectBuilder().add("email", "admin@" + slug + ".example").add("displayName", "Admin")
                            .add("password", "password-1")).build()).expect(201);
            operator.put("/api/operator/tenants/" + slug + "/plugins/echo", null).expect(200);
            Api admin = Api.basic("admin@" + slug + ".example", "password-1").at(BASE);
            long tenantId = single(db, "SELECT ID FROM TENANT WHERE SLUG = ?", slug);

            // Mail and events, queued as fast as ten callers can: the worker sends while more arrive.
            concurrently(MAILS, i -> admin.post("/api/t/" + slug + "/plugins/echo/mail", Json.createObjectBuilder()
                    .add("to", "crash" + i + "@example.com").add("subject", slug + " #" + i).add("body", "Mail " + i)
                    .add("thenFail", false).build()).status());
            concurrently(TICKETS, i -> admin.post("/api/t/" + slug + "/tickets", Json.createObjectBuilder()
                    .add("subject", "Crash ticket " + i).build()).status());
            afterKill().pollInterval(Duration.ofMillis(20)).until(() -> SMTP.getReceivedMessages().length > 0);
            kill();

            long unsent = single(db, "SELECT COUNT(*) FROM MAIL_OUTBOX WHERE TENANT_ID = ? AND STATUS <> 'SENT'", tenantId);
            long undelivered = single(db,
                    "SELECT COUNT(*) FROM EVENT_DELIVERY WHERE TENANT_ID = ? AND DELIVERED_AT IS NULL", tenantId);
            int receivedAtKill = SMTP.getReceivedMessages().length;
            System.out.printf("killed with %d of %d mails unsent (%d received), %d event deliveries undelivered%n",
                    unsent, MAILS, receivedAtKill, undelivered);
            assertTrue(unsent > 0 || undelivered > 0, "the kill came after all work was done; the test proves nothing");

            start(server);
            Set<String> expected = IntStream.range(0, MAILS).mapToObj(i -> slug + " #" + i).collect(Collectors.toSet());
            afterKill().alias("every queued mail was delivered after the restart")
                    .until(() -> subjects().containsAll(expected));
            afterKill().alias("every event delivery was made after the restart")
                    .until(() -> single(db, "SELECT COUNT(*) FROM EVENT_DELIVERY WHERE TENANT_ID = ? AND DELIVERED_AT IS NULL",
                            tenantId) == 0);
            assertEquals(0, single(db, "SELECT COUNT(*) FROM MAIL_OUTBOX WHERE TENANT_ID = ? AND STATUS <> 'SENT'", tenantId));
            assertTrue(single(db, "SELECT COUNT(*) FROM EVENT_DELIVERY WHERE TENANT_ID = ?", tenantId) >= TICKETS,
                    "each ticket's creation was delivered to the plugin");
            long duplicates = Arrays.stream(SMTP.getReceivedMessages()).map(CrashSafetyIT::subject)
                    .filter(expected::contains).count() - MAILS;
            System.out.printf("after the restart: %d mails delivered, %d of them twice (sent before the kill, not yet"
                    + " marked sent: at-least-once)%n", MAILS, duplicates);
        }
    }

    /**
     * Waits as every IT does, except that an exception on another thread does not fail the wait:
     * GreenMail's handler of the killed server's SMTP connection ends with "connection reset" on its own
     * thread, and Awaitility would otherwise take that for the test's failure.
     */
    private static org.awaitility.core.ConditionFactory afterKill() {
        // Rows the killed server had claimed are due again only when their claims' leases end (30 s for
        // mail here, 40 s for event deliveries), after the restart itself.
        return Eventually.eventually().atMost(java.time.Duration.ofMinutes(3)).dontCatchUncaughtExceptions();
    }

    @AfterEach
    void stop() throws Exception {
        Path wlp = Path.of(System.getProperty("annex.it.wlp"));
        if (Files.isDirectory(wlp.resolve("usr/servers/" + SERVER))) {
            new ProcessBuilder(wlp.resolve("bin/server").toString(), "stop", SERVER).inheritIO().start().waitFor();
        }
    }

    /** The IT server's installation (app, plugins, database config) copied to a server of its own. */
    private static Path prepareServer() throws IOException {
        Path wlp = Path.of(System.getProperty("annex.it.wlp"));
        Path source = wlp.resolve("usr/servers/" + System.getProperty("annex.it.server", "annex-it"));
        Path target = wlp.resolve("usr/servers/" + SERVER);
        if (Files.exists(target)) {
            try (Stream<Path> old = Files.walk(target)) {
                old.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(path -> path.toFile().delete());
            }
        }
        for (String part : List.of("server.xml", "server.env", "apps", "db", "lib", "plugins", "configDropins")) {
            copy(source.resolve(part), target.resolve(part));
        }
        Map<String, String> properties = Map.of(
                "http.port", Integer.toString(HTTP_PORT),
                "annex.db", "postgresql",
                "annex.db.url", System.getProperty("annex.it.pg.url"),
                "annex.db.schema", SCHEMA,
                "annex.db.user", System.getProperty("annex.it.pg.user", "postgres"),
                "annex.db.password", System.getProperty("annex.it.pg.password", ""),
                "annex.demo.seed", "true",
                "annex.security.password-iterations", "1000",
                "annex.smtp.host", "127.0.0.1",
                "annex.smtp.port", Integer.toString(SMTP_PORT));
        List<String> lines = new ArrayList<>(properties.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
        lines.add("annex.mail.poll-interval=PT1S");
        // What the killed server had claimed is due again when its lease ends: the shortest allowed.
        lines.add("annex.mail.claim-lease=PT30S");
        Files.write(target.resolve("bootstrap.properties"), lines);
        return wlp;
    }

    private static void copy(Path from, Path to) throws IOException {
        if (!Files.exists(from)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path destination = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(destination);
                } else {
                    Files.createDirectories(destination.getParent());
                    Files.copy(path, destination, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private void start(Path wlp) throws Exception {
        Process start = new ProcessBuilder(wlp.resolve("bin/server").toString(), "start", SERVER).inheritIO().start();
        assertEquals(0, start.waitFor(), "server start " + SERVER);
        afterKill().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofSeconds(1))
                .alias(SERVER + " ready").until(this::ready);
    }

    private boolean ready() {
        try {
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(BASE + "/health/ready")).build(),
                    HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200 && health.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGKILL to the server's JVM: no shutdown hook, no orderly stop. */
    private static void kill() {
        ProcessHandle jvm = serverProcess().orElseThrow(() -> new AssertionError("no process of " + SERVER));
        jvm.destroyForcibly();
        afterKill().alias(SERVER + " is gone").until(() -> !jvm.isAlive());
    }

    private static Optional<ProcessHandle> serverProcess() {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("ws-server.jar") && c.contains(SERVER)).orElse(false))
                .findFirst();
    }

    private static void concurrently(int count, Function<Integer, Integer> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                statuses.add(pool.submit(() -> call.apply(index)));
            }
            for (Future<Integer> status : statuses) {
                int code = status.get();
                assertTrue(code == 200 || code == 201, "HTTP " + code);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private Set<String> subjects() {
        return Arrays.stream(SMTP.getReceivedMessages()).map(CrashSafetyIT::subject).collect(Collectors.toSet());
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(System.getProperty("annex.it.pg.url"),
                System.getProperty("annex.it.pg.user", "postgres"), System.getProperty("annex.it.pg.password", ""));
    }

    private static long single(Connection db, String sql, Object parameter) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql.replace("FROM ", "FROM " + SCHEMA + "."))) {
            statement.setObject(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
