package it.dev.annex.bench;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;

/**
 * The suite's followers row: one comment on a ticket with {@code annex.bench.followers} (1,000)
 * followers — how long until the plugin has queued every mail in the outbox, and until the SMTP
 * server (the suite's GreenMail) has received them all. Asserts nothing about time.
 */
final class Followers {

    private static final String PLUGIN = "/plugins/ticket-following";
    private Followers() {
    }

    static void measure(Results results, GreenMailExtension mail) throws Exception {
        int followers = Integer.getInteger("annex.bench.followers", 1000);
        TestTenant tenant = TestTenant.create("bench");
        long acme = tenant.organisation("Acme", "ACME-1");
        String carol = "carol@" + tenant.slug() + ".example";
        String sam = "sam@" + tenant.slug() + ".example";
        tenant.person(carol, "CONTACT", acme);
        tenant.person(sam, "AGENT", null);
        long ticket = tenant.ticket(tenant.as(carol), "Benchmark ticket");

        // Personal tokens, not Basic: Basic pays the password hash on every request.
        Api admin = bearer(tenant.admin(), tenant);
        Api agent = bearer(tenant.as(sam), tenant);
        // People without a password (no PBKDF2 per person), created before the plugin is on (no welcome mail).
        long start = System.nanoTime();
        List<Long> people = parallel(followers, i -> admin.post(tenant.path("/people"), Json.createObjectBuilder()
                .add("email", "f" + i + "@" + tenant.slug() + ".example").add("displayName", "Follower " + i)
                .add("role", "CONTACT").add("organisationId", acme).build()).expect(201).id());
        log("created %d people in %.1f s", followers, seconds(start));
        TestTenant.OPERATOR.put("/api/operator/tenants/" + tenant.slug() + "/plugins/ticket-following", null).expect(200);

        start = System.nanoTime();
        parallel(followers, i -> retried(() -> agent.post(tenant.path(PLUGIN + "/tickets/" + ticket + "/shares"),
                Json.createObjectBuilder().add("personId", people.get(i)).build())));
        log("shared the ticket with %d people in %.1f s; waiting for their %d 'shared with you' mails", followers,
                seconds(start), followers);
        awaitMails(mail, "shared with you", followers, 600);
        log("'shared with you' mails all delivered %.1f s after sharing began", seconds(start));

        // The followers panel at this size (the N+1 of names was removed: one read for all).
        double[] panel = new double[5];
        for (int i = 0; i < panel.length; i++) {
            long at = System.nanoTime();
            int listed = agent.get(tenant.path(PLUGIN + "/tickets/" + ticket + "/followers")).expect(200).json()
                    .getJsonArray("followers").size();
            panel[i] = seconds(at);
            if (listed < followers) {
                throw new AssertionError("the panel lists " + listed + " followers");
            }
        }
        Arrays.sort(panel);
        log("followers panel with %d followers: median %.3f s, best %.3f s of %d requests", followers + 1,
                panel[panel.length / 2], panel[0], panel.length);

        long commentAt = System.nanoTime();
        agent.post(tenant.path("/tickets/" + ticket + "/comments"),
                Json.createObjectBuilder().add("body", "A change all followers hear of").build()).expect(201);
        double commented = seconds(commentAt);
        // Polled often: the time it is first seen is the figure.
        JsonObject handled = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(10))
                .pollInterval(java.time.Duration.ofMillis(20))
                .until(() -> agent.get(tenant.path(PLUGIN + "/tickets/" + ticket + "/activity")).expect(200).array()
                        .getValuesAs(JsonObject.class).stream().filter(a -> a.getString("kind").equals("COMMENTED"))
                        .findFirst().orElse(null), java.util.Objects::nonNull);
        double queued = seconds(commentAt);
        log("comment request took %.3f s; all %d mails queued in the outbox (seen by the client) after %.2f s"
                + " (listener: event at %s, done at %s)", commented, handled.getInt("mails"), queued,
                handled.getString("occurredAt"), handled.getString("handledAt"));
        awaitMails(mail, "new comment", followers + 1, 600);
        double delivered = seconds(commentAt);
        log("all %d mails delivered to the SMTP server %.2f s after the comment", followers + 1, delivered);
        results.add(new Results.Row(String.format("%,d followers: one comment until all mails are queued, and until"
                        + " delivered over SMTP", followers),
                String.format(java.util.Locale.ROOT, "queued %.2f s, delivered %.2f s (comment request %.3f s;"
                        + " followers panel median %.3f s)", queued, delivered, commented, panel[panel.length / 2]),
                "", "keep", null, BenchmarkSuite.statements(agent, tenant.path(PLUGIN + "/tickets/" + ticket + "/followers")),
                "one run; SQL is the followers panel's; mail to the suite's GreenMail"));
    }

    /** The host answers 409 "retry" when the database refused the write (Derby lock time-outs under this load). */
    private static long retried(java.util.function.Supplier<dev.annex.plugin.testkit.server.Reply> call) {
        for (int attempt = 1; ; attempt++) {
            dev.annex.plugin.testkit.server.Reply reply = call.get();
            if (reply.status() != 409 || attempt == 5) {
                return reply.expect(200).status();
            }
        }
    }

    private static Api bearer(Api basic, TestTenant tenant) {
        return BenchmarkSuite.bearer(tenant, basic);
    }

    /** One at a time: concurrent person inserts hit Derby lock timeouts (500) in the host today. */
    private interface Call {
        long run(int i);
    }

    private static List<Long> parallel(int count, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(1);
        try {
            List<Future<Long>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int n = i;
                futures.add(pool.submit(() -> call.run(n)));
            }
            List<Long> results = new ArrayList<>();
            for (Future<Long> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    private static void awaitMails(GreenMailExtension smtp, String subjectPart, int count, int seconds) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(seconds))
                .pollInterval(java.time.Duration.ofMillis(100)).alias(count + " mails about " + subjectPart)
                .until(() -> count(smtp, subjectPart) >= count);
    }

    private static long count(GreenMailExtension smtp, String subjectPart) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).contains(subjectPart)).count();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            return "";
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void log(String format, Object... args) {
        System.out.printf("[following-benchmark] " + format + "%n", args);
    }
}
