package it.dev.annex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.TestTenant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** One browser session fires requests in parallel, as the UI does; none may block another. */
class ConcurrencyIT {

    @Test
    void parallelRequestsOfOneSessionAllSucceed() throws Exception {
        TestTenant tenant = TestTenant.create("parallel");
        long ticket = tenant.ticket(tenant.admin(), "Read in parallel");
        Api browser = Api.withCookies();
        browser.post(tenant.path("/session"), "{\"email\":\"admin@" + tenant.slug() + ".example\",\"password\":\""
                + TestTenant.PASSWORD + "\"}").expect(200);

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> replies = IntStream.range(0, 24)
                    .mapToObj(i -> pool.submit(() -> browser.get(tenant.path(i % 2 == 0 ? "/tickets/" + ticket
                            : "/tickets/" + ticket + "/comments")).status()))
                    .toList();
            for (Future<Integer> reply : replies) {
                assertEquals(200, reply.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
