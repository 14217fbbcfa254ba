package it.dev.annex.rt;

import dev.annex.rt.client.NewRtTicket;
import dev.annex.rt.client.RtClient;
import dev.annex.rt.client.RtPage;
import dev.annex.rt.client.RtQueue;
import dev.annex.rt.client.RtTicket;
import dev.annex.rt.client.RtTransaction;
import dev.annex.rt.feed.FeedBatch;
import dev.annex.rt.feed.FeedPosition;
import dev.annex.rt.feed.TransactionFeed;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
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
        long ticket = rt.createTicket(new NewRtTicket(queue.name(), "lag", "bench@annex.test", "", 0, List.of()));
        List<Double> writes = new ArrayList<>();
        List<Double> visible = new ArrayList<>();
        FeedPosition position = feed.now();
        for (int i = 0; i < 50; i++) {
            long start = System.nanoTime();
            rt.comment(ticket, "change " + i);
            writes.add(millis(start));
            long written = System.nanoTime();
            boolean seen = false;
            while (!seen) {
                FeedBatch batch = feed.read(position);
                position = batch.next();
                seen = batch.transactions().stream().anyMatch(t -> t.objectId() == ticket && t.type().equals("Comment"));
            }
            visible.add(millis(written));
        }
        line("a comment through REST 2 (until RT answers)", writes);
        line("after RT answered, until a feed poll returns it", visible);

        List<Double> pages = new ArrayList<>();
        long low = Math.max(0, position.highWater() - 1000);
        for (long from = low; from < position.highWater(); ) {
            long start = System.nanoTime();
            RtPage<RtTransaction> page = rt.transactionsAfter(from, 100);
            pages.add(millis(start));
            if (page.items().isEmpty()) {
                break;
            }
            from = page.items().get(page.items().size() - 1).id();
        }
        line("a full feed page (100 transactions, creators expanded)", pages);

        long start = System.nanoTime();
        long tickets = 0;
        List<Double> ticketPages = new ArrayList<>();
        for (long page = 1; ; page++) {
            long pageStart = System.nanoTime();
            RtPage<RtTicket> found = rt.search("Queue = '" + importQueue + "'", page, 100);
            ticketPages.add(millis(pageStart));
            tickets += found.items().size();
            if (found.last()) {
                break;
            }
        }
        double seconds = millis(start) / 1000;
        line("a page of 100 tickets for the import (requestors, Cc expanded)", ticketPages);
        report.add(String.format(Locale.ROOT, "import read of %d tickets (queue %s): %.1f s, %.0f tickets/s%s",
                tickets, importQueue, seconds, tickets / seconds,
                tickets == expected ? "" : " (expected " + expected + "; seed with .ci/rt seed)"));

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
