package it.dev.annex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.testkit.server.Eventually;
import dev.annex.plugin.testkit.server.Reply;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Many writers of one tenant at the same moment, on whichever database the server runs: every
 * write succeeds, nothing is lost, and ticket numbers stay unique and gap-free. A write that
 * cannot be done now may answer 503 with Retry-After and a problem body, and a client that
 * honours it gets through; nothing ever answers 500.
 */
public class ConcurrentWritesIT {

    public static final int WRITERS = 20;

    @Test
    void concurrentPeopleAreAllAdded() throws Exception {
        TestTenant tenant = TestTenant.create("people-load");
        long acme = tenant.organisation("Acme", "A-1");
        List<Reply> replies = concurrently(i -> () -> tenant.admin().post(tenant.path("/people"),
                Json.createObjectBuilder().add("email", "p" + i + "@people.example").add("displayName", "Person " + i)
                        .add("role", i % 2 == 0 ? "CONTACT" : "AGENT").add("password", TestTenant.PASSWORD)
                        .addAll(i % 2 == 0 ? Json.createObjectBuilder().add("organisationId", acme)
                                : Json.createObjectBuilder()).build()));
        replies.forEach(reply -> reply.expect(201));

        JsonObject people = tenant.admin().get(tenant.path("/people?size=100")).expect(200).json();
        assertEquals(WRITERS + 1, people.getInt("total"), "every person and the admin");
        // Each added person can sign in: the password was stored with the person.
        tenant.as("p0@people.example").get(tenant.path("/me")).expect(200);
        tenant.as("p" + (WRITERS - 1) + "@people.example").get(tenant.path("/me")).expect(200);
    }

    @Test
    void concurrentTicketsGetUniqueGapFreeNumbers() throws Exception {
        TestTenant tenant = TestTenant.create("tickets-load");
        List<Reply> replies = concurrently(i -> () -> tenant.admin().post(tenant.path("/tickets"),
                Json.createObjectBuilder().add("subject", "Load " + i).build()));
        replies.forEach(reply -> reply.expect(201));

        List<Long> numbers = tenant.admin().get(tenant.path("/tickets?size=100")).expect(200).json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(t -> t.getJsonNumber("number").longValue()).sorted().toList();
        assertEquals(LongStream.rangeClosed(1, WRITERS).boxed().toList(), numbers);
    }

    @Test
    void concurrentCommentsOnOneTicketAreAllKept() throws Exception {
        TestTenant tenant = TestTenant.create("comments-load");
        long ticket = tenant.ticket(tenant.admin(), "Busy ticket");
        List<Reply> replies = concurrently(i -> () -> tenant.admin().post(tenant.path("/tickets/" + ticket + "/comments"),
                Json.createObjectBuilder().add("body", "Comment " + i).build()));
        replies.forEach(reply -> reply.expect(201));

        assertEquals(WRITERS, tenant.admin().get(tenant.path("/tickets/" + ticket + "/comments")).expect(200)
                .json().getInt("total"));
    }

    @Test
    void concurrentCommentsTicketsAndPeopleTogether() throws Exception {
        mixedLoad(TestTenant.create("mixed-load"));
    }

    /** The shipped plugins on: their listeners add events, deliveries and mail to every write. */
    @Test
    void concurrentWritesWithPluginsListening() throws Exception {
        TestTenant tenant = TestTenant.create("plugged-load");
        for (String plugin : List.of("echo", "ticket-following", "permission-grants")) {
            TestTenant.OPERATOR.put("/api/operator/tenants/" + tenant.slug() + "/plugins/" + plugin, null).expect(200);
        }
        mixedLoad(tenant);
    }

    private static void mixedLoad(TestTenant tenant) throws Exception {
        long acme = tenant.organisation("Acme", "A-1");
        long ticket = tenant.ticket(tenant.admin(), "Busy ticket");
        List<Reply> replies = concurrently(i -> () -> switch (i % 3) {
            case 0 -> tenant.admin().post(tenant.path("/tickets"), Json.createObjectBuilder().add("subject", "Mixed " + i).build());
            case 1 -> tenant.admin().post(tenant.path("/tickets/" + ticket + "/comments"),
                    Json.createObjectBuilder().add("body", "Comment " + i).build());
            default -> tenant.admin().post(tenant.path("/people"), Json.createObjectBuilder()
                    .add("email", "m" + i + "@mixed.example").add("displayName", "Mixed " + i).add("role", "CONTACT")
                    .add("organisationId", acme).add("password", TestTenant.PASSWORD).build());
        });
        replies.forEach(reply -> reply.expect(201));
        long tickets = IntStream.range(0, WRITERS).filter(i -> i % 3 == 0).count() + 1;
        List<Long> numbers = tenant.admin().get(tenant.path("/tickets?size=100")).expect(200).json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(t -> t.getJsonNumber("number").longValue()).sorted().toList();
        assertEquals(LongStream.rangeClosed(1, tickets).boxed().toList(), numbers);
    }

    /**
     * Runs {@link #WRITERS} requests at once (released together), as clients that honour
     * Retry-After: a 503 or 429 must carry it and a problem body, and is then sent again. Returns
     * the final reply of each; none may be a 500.
     */
    public static List<Reply> concurrently(IntFunction<Callable<Reply>> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Reply>> futures = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                Callable<Reply> call = request.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return honouringRetryAfter(call);
                }));
            }
            start.countDown();
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> future : futures) {
                Reply reply = future.get();
                assertTrue(reply.status() < 500, () -> "HTTP " + reply.status() + ": " + reply.body());
                replies.add(reply);
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Sends the call again after each 503 or 429, as the answer's Retry-After says, up to five attempts. */
    private static Reply honouringRetryAfter(Callable<Reply> call) {
        AtomicReference<Reply> last = new AtomicReference<>();
        AtomicInteger attempts = new AtomicInteger();
        org.awaitility.Awaitility.await().atMost(Eventually.AT_MOST).pollDelay(Duration.ZERO)
                .pollInterval((poll, previous) -> retryAfter(last.get()))
                .until(() -> {
                    Reply reply = call.call();
                    last.set(reply);
                    boolean busy = reply.status() == 503 || reply.status() == 429;
                    if (busy) {
                        assertNotNull(reply.header("Retry-After"),
                                () -> "HTTP " + reply.status() + " without Retry-After: " + reply.body());
                        assertEquals("application/problem+json", reply.header("Content-Type"));
                    }
                    return !busy || attempts.incrementAndGet() == 5;
                });
        return last.get();
    }

    private static Duration retryAfter(Reply reply) {
        String header = reply == null ? null : reply.header("Retry-After");
        return Duration.ofSeconds(header == null ? 1 : Long.parseLong(header));
    }
}
