package it.dev.annex.bench;

import dev.annex.host.helpdesk.rt.client.NewRtTicket;
import dev.annex.host.helpdesk.rt.client.RtClient;
import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.Mailbox;
import dev.annex.plugin.testkit.server.TestTenant;
import it.dev.annex.support.RealRt;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A benchmark, not a test: the RT connector in the running server against the real RT 5 — the
 * feed lag from an RT agent's reply (RT answered) to Annex's index and to the plugin's mail, at
 * the server's polling interval; the initial import of {@code annex.bench.rt.import} (1,000) RT
 * tickets seeded through RT's Perl API; and an organisation's ticket list on the RT-backed tenant
 * vs a built-in tenant holding the same tickets. Prints the figures; asserts nothing about time.
 * Runs only with {@code -Dannex.bench=true} (README "Front Request Tracker").
 */
class RtFrontingBenchmarkIT {

    @RegisterExtension
    static final Mailbox MAIL = new Mailbox();

    private static final Duration WAIT = Duration.ofMinutes(30);

    @BeforeAll
    static void rt() {
        Assumptions.assumeTrue(Boolean.getBoolean("annex.bench"), "benchmark: run with -Dannex.bench=true");
        RealRt.start();
    }

    @AfterAll
    static void stopRt() {
        if (Boolean.getBoolean("annex.bench")) {
            RealRt.stop();
        }
    }

    @Test
    void feedLagFromAnRtReplyToTheIndexAndToThePluginsMail() throws Exception {
        int replies = Integer.getInteger("annex.bench.rt.replies", 30);
        String queue = RealRt.queue("bench-lag");
        TestTenant tenant = TestTenant.create("rt-lag");
        RealRt.connect(tenant, queue);
        String carol = "carol@" + tenant.slug() + ".example";
        String tess = "tess@" + tenant.slug() + ".example";
        tenant.person(carol, "CONTACT", tenant.organisation("Acme", "ACME"));
        tenant.person(tess, "AGENT", null);
        TestTenant.OPERATOR.put("/api/operator/tenants/" + tenant.slug() + "/plugins/ticket-following", null).expect(200);
        Api agent = tenant.as(tess);
        long ticket = tenant.as(carol).post(tenant.path("/tickets"), "{\"subject\":\"Lag\"}").expect(201).id();
        agent.put(tenant.path("/plugins/ticket-following/tickets/" + ticket + "/follow"), null).expect(200);
        RtClient rt = RealRt.agent();
        long rtId = RealRt.client().search("Queue = '" + queue + "'", 1, 1).items().get(0).id();

        double[] toIndex = new double[replies];
        double[] toMail = new double[replies];
        double[] rtAnswer = new double[replies];
        for (int i = 0; i < replies; i++) {
            String marker = "reply-" + i + "-" + UUID.randomUUID();
            long sent = System.nanoTime();
            rt.correspond(rtId, marker);
            long answered = System.nanoTime();
            rtAnswer[i] = (answered - sent) / 1e9;
            Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(50)).until(() -> agent
                    .get(tenant.path("/tickets/" + ticket + "/comments")).expect(200).body().contains(marker));
            toIndex[i] = (System.nanoTime() - answered) / 1e9;
            Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(50)).until(() -> mailed(tess, marker));
            toMail[i] = (System.nanoTime() - answered) / 1e9;
        }
        log("RT agent's reply through REST 2 until RT answers: %s", percentiles(rtAnswer));
        log("feed lag, RT answered -> the reply in Annex's index (API): %s", percentiles(toIndex));
        log("feed lag, RT answered -> ticket-following's mail received (event, outbox, MAIL): %s", percentiles(toMail));
    }

    @Test
    void initialImportAndAnOrganisationsListOnRtVsBuiltIn() {
        int count = Integer.getInteger("annex.bench.rt.import", 1000);
        int organisations = 10;
        String queue = "bench-import-" + UUID.randomUUID().toString().substring(0, 6);
        long seeding = System.nanoTime();
        RealRt.seed(queue, count, organisations);
        log("seeded %d RT tickets in %.1f s (RT's Perl API)", count, (System.nanoTime() - seeding) / 1e9);

        // The same organisations and contacts on both tenants, so RT's requestors map onto them.
        TestTenant rtTenant = TestTenant.create("rt-import");
        TestTenant builtIn = TestTenant.create("builtin-list");
        for (TestTenant tenant : List.of(rtTenant, builtIn)) {
            for (int k = 0; k < organisations; k++) {
                long org = tenant.organisation("Org " + k, "ORG-" + k);
                tenant.person("contact@org-" + k + ".example", k == 0 ? "ORGANISATION_ADMIN" : "CONTACT", org);
            }
        }
        String path = "/api/operator/tenants/" + rtTenant.slug() + "/help-desk";
        long started = System.nanoTime();
        RealRt.connect(rtTenant, queue);
        Awaitility.await().atMost(WAIT).pollInterval(Duration.ofMillis(250)).until(() -> "DONE".equals(
                TestTenant.OPERATOR.get(path).expect(200).json().getJsonObject("importProgress").getString("state")));
        double seconds = (System.nanoTime() - started) / 1e9;
        JsonObject progress = TestTenant.OPERATOR.get(path).expect(200).json().getJsonObject("importProgress");
        log("initial import of %d RT tickets (page size of the server), connect -> DONE: %.1f s, %.1f tickets/s (%s)",
                count, seconds, count / seconds, progress);

        // The built-in tenant gets the same tickets, each requested by the same organisation's contact.
        for (int i = 0; i < count; i++) {
            builtIn.as("contact@org-" + (i % organisations) + ".example").post(builtIn.path("/tickets"),
                    Json.createObjectBuilder().add("subject", "Seeded ticket " + i).build()).expect(201);
        }
        for (TestTenant tenant : List.of(rtTenant, builtIn)) {
            Api admin = tenant.as("contact@org-0.example");
            long total = admin.get(tenant.path("/tickets?size=25")).expect(200).json().getJsonNumber("total").longValue();
            double[] times = new double[50];
            for (int i = 0; i < times.length; i++) {
                long at = System.nanoTime();
                admin.get(tenant.path("/tickets?size=25&page=" + (i % 4))).expect(200);
                times[i] = (System.nanoTime() - at) / 1e9;
            }
            log("organisation admin's ticket list (page of 25 of %d, Org 0) on %s: %s", total,
                    tenant == rtTenant ? "the RT-backed tenant" : "the built-in tenant", percentiles(times));
        }
    }

    private static boolean mailed(String to, String marker) {
        return Arrays.stream(MAIL.getReceivedMessages()).anyMatch(m -> {
            try {
                return m.getAllRecipients()[0].toString().equalsIgnoreCase(to) && body(m).contains(marker);
            } catch (MessagingException e) {
                return false;
            }
        });
    }

    private static String body(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (Exception e) {
            return "";
        }
    }

    private static String percentiles(double[] seconds) {
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        List<String> parts = new ArrayList<>();
        parts.add(String.format(Locale.ROOT, "p50 %.3f s", sorted[(int) Math.floor(0.50 * (sorted.length - 1))]));
        parts.add(String.format(Locale.ROOT, "p99 %.3f s", sorted[(int) Math.ceil(0.99 * (sorted.length - 1))]));
        parts.add(String.format(Locale.ROOT, "max %.3f s", sorted[sorted.length - 1]));
        parts.add("n " + sorted.length);
        return String.join(", ", parts);
    }

    private static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[RtFrontingBenchmark] " + format + "%n", args);
    }
}
