package it.dev.annex.host.helpdesk.rt;

import dev.annex.host.helpdesk.rt.client.NewRtTicket;
import dev.annex.host.helpdesk.rt.client.RtClient;
import dev.annex.host.helpdesk.rt.client.RtPage;
import dev.annex.host.helpdesk.rt.client.RtQueue;
import dev.annex.host.helpdesk.rt.client.RtTransaction;
import dev.annex.host.helpdesk.rt.feed.FeedBatch;
import dev.annex.host.helpdesk.rt.feed.FeedPosition;
import dev.annex.host.helpdesk.rt.feed.TransactionFeed;
import dev.annex.host.helpdesk.rt.mapping.StatusMapping;
import dev.annex.host.helpdesk.rt.sync.FeedTranslator;
import dev.annex.host.helpdesk.rt.sync.ImportPage;
import dev.annex.host.helpdesk.rt.sync.ImportPosition;
import dev.annex.host.helpdesk.rt.sync.TicketImport;
import dev.annex.host.helpdesk.rt.sync.OrganisationRule;
import dev.annex.host.helpdesk.rt.sync.TenantRules;
import dev.annex.host.helpdesk.rt.sync.TicketChange;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A benchmark, not a test: RT's own side of the connector's figures — what one feed poll costs
 * idle and with a full page, how soon a change is readable from the feed, how fast the tickets of
 * an RT with {@code annex.bench.rt.tickets} (10,000) tickets page out for an import. Seed them
 * first: {@code .ci/rt seed bench-import 10000 100}. Runs only with {@code -Dannex.bench=true};
 * prints the figures and writes them to {@code target/rt-feed-benchmark.txt}.
 */
class RtFeedBenchmarkIT {

    /** The connector's default polling interval. */
    private static final Duration POLL_INTERVAL = Duration.ofSeconds(2);

    private final RtClient rt = RealRt.token();
    private final List<String> report = new ArrayList<>();

    @Test
    void rtsFeedAndImportFigures() throws IOException {
        Assumptions.assumeTrue(Boolean.getBoolean("annex.bench"), "benchmark: run with -Dannex.bench=true");
        String importQueue = System.getProperty("annex.bench.rt.queue", "bench-import");
        long expected = Long.getLong("annex.bench.rt.tickets", 10_000);

        TransactionFeed feed = new TransactionFeed(rt, Clock.systemUTC(), TransactionFeed.DEFAULT_GAP_GRACE, 100);
        FeedPosition now = feed.now();
        List<Double> idle = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            long start = System.nanoTime();
            feed.read(now);
            idle.add(millis(start));
        }
        line("idle poll (no new transaction)", idle);

        RtQueue queue = RealRt.queue(rt, null);
        RtClient agent = RealRt.agent();
        AtomicReference<FeedPosition> position = new AtomicReference<>(feed.now());
        long ticket = agent.createTicket(new NewRtTicket(queue.name(), "lag", "bench@annex.test", "", 0, List.of()));
        TenantRules rules = new TenantRules(Set.of(queue.id()), StatusMapping.standard(), OrganisationRule.ORGANIZATION_FIELD);
        IndexInMemory index = new IndexInMemory();
        FeedTranslator translator = new FeedTranslator(rt, rules);
        List<Long> seenAt = Collections.synchronizedList(new ArrayList<>());
        // The poller as the host runs it: every interval, read until RT has nothing more, turn the
        // transactions into changes; the moment a reply's change is ready is when its event could go out.
        ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();
        poller.scheduleWithFixedDelay(() -> {
            try {
                FeedBatch batch;
                do {
                    batch = feed.read(position.get());
                    List<TicketChange> changes = translator.translate(batch.transactions(), index);
                    index.apply(changes);
                    long readAt = System.nanoTime();
                    changes.stream().filter(c -> c instanceof TicketChange.Commented && c.rtTicketId() == ticket)
                            .forEach(c -> seenAt.add(readAt));
                    position.set(batch.next());
                } while (batch.more());
            } catch (RuntimeException e) {
                // RT slow for a moment: the next poll reads from the same position, as the host's poller does.
                System.err.println("poll failed, retried at the next interval: " + e);
            }
        }, 0, POLL_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        List<Long> writtenAt = new ArrayList<>();
        List<Double> writes = new ArrayList<>();
        int changes = Integer.getInteger("annex.bench.rt.changes", 100);
        for (int i = 0; i < changes; i++) {
            long start = System.nanoTime();
            agent.correspond(ticket, "change " + i);
            writtenAt.add(System.nanoTime());
            writes.add(millis(start));
        }
        Awaitility.await().atMost(Duration.ofMinutes(2)).until(() -> seenAt.size() >= changes);
        poller.shutdownNow();
        List<Double> lags = new ArrayList<>();
        for (int i = 0; i < changes; i++) {
            lags.add((seenAt.get(i) - writtenAt.get(i)) / 1e6);
        }
        line("an RT agent's reply through REST 2 (until RT answers)", writes);
        line("feed lag at a " + POLL_INTERVAL.toMillis() + " ms polling interval: RT answered → change read and translated", lags);

        List<Double> pages = new ArrayList<>();
        long low = Math.max(0, position.get().highWater() - 1000);
        for (long from = low; from < position.get().highWater(); ) {
            long start = System.nanoTime();
            RtPage<RtTransaction> page = rt.transactionsAfter(from, 100);
            pages.add(millis(start));
            if (page.items().isEmpty()) {
                break;
            }
            from = page.items().get(page.items().size() - 1).id();
        }
        line("a full feed page (100 transactions, creators expanded)", pages);

        RtQueue imported = rt.queue(importQueue).orElseThrow(() ->
                new IllegalStateException("no queue " + importQueue + ": seed it with .ci/rt seed " + importQueue + " 10000 100"));
        TicketImport ticketImport = new TicketImport(rt, new TenantRules(Set.of(imported.id()), StatusMapping.standard(),
                OrganisationRule.ORGANIZATION_FIELD), 100);
        long start = System.nanoTime();
        ImportPosition at = ticketImport.start();
        List<Double> ticketPages = new ArrayList<>();
        ImportPage page;
        do {
            long pageStart = System.nanoTime();
            page = ticketImport.next(at);
            ticketPages.add(millis(pageStart));
            at = page.next();
        } while (!page.done());
        double seconds = millis(start) / 1000;
        line("an import page (100 tickets, requestors and Cc expanded, read as index rows)", ticketPages);
        report.add(String.format(Locale.ROOT, "import read of %d tickets (queue %s): %.1f s, %.0f tickets/s%s",
                at.imported(), importQueue, seconds, at.imported() / seconds,
                at.imported() == expected ? "" : " (expected " + expected + "; seed with .ci/rt seed)"));

        String text = String.join("\n", report) + "\n";
        System.out.print(text);
        Files.writeString(Path.of("target", "rt-feed-benchmark.txt"), text);
    }

    private void line(String what, List<Double> samples) {
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        report.add(String.format(Locale.ROOT, "%s: p50 %.0f ms, p99 %.0f ms (n=%d)", what,
                percentile(sorted, 50), percentile(sorted, 99), sorted.size()));
    }

    private static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static double millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }
}
