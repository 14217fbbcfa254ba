package it.dev.annex.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Two things measured side by side: many pairs, each pair running both once (which goes first
 * alternates), so a machine that slows down or speeds up during the run weighs on both sides alike.
 * The figure of a row is the median of the per-pair ratios, with their spread.
 */
final class Pairs {

    /** Pairs per row; {@code -Dannex.bench.pairs}. */
    static final int PAIRS = Integer.getInteger("annex.bench.pairs", 30);
    private static final int WARM_UP = 10;

    /** The per-pair ratio a/b and each side's own figures. */
    record Result(Stats a, Stats b, Stats ratio) {
    }

    private Pairs() {
    }

    /** Milliseconds per call (the mean of {@code batch} calls per side and pair); ratio is a's time over b's. */
    static Result latency(int pairs, int batch, Callable<?> a, Callable<?> b) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            a.call();
            b.call();
        }
        double[] as = new double[pairs];
        double[] bs = new double[pairs];
        double[] ratios = new double[pairs];
        for (int i = 0; i < pairs; i++) {
            if (i % 2 == 0) {
                as[i] = millis(batch, a);
                bs[i] = millis(batch, b);
            } else {
                bs[i] = millis(batch, b);
                as[i] = millis(batch, a);
            }
            ratios[i] = as[i] / bs[i];
        }
        return new Result(Stats.of(as), Stats.of(bs), Stats.of(ratios));
    }

    /**
     * Requests per second with {@code clients} concurrent clients for {@code each} per side and pair
     * (warm: a first untimed round of both); ratio is a's throughput over b's.
     */
    static Result throughput(int pairs, Duration each, int clients, Callable<?> a, Callable<?> b) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            perSecond(pool, clients, each, a);
            perSecond(pool, clients, each, b);
            double[] as = new double[pairs];
            double[] bs = new double[pairs];
            double[] ratios = new double[pairs];
            for (int i = 0; i < pairs; i++) {
                if (i % 2 == 0) {
                    as[i] = perSecond(pool, clients, each, a);
                    bs[i] = perSecond(pool, clients, each, b);
                } else {
                    bs[i] = perSecond(pool, clients, each, b);
                    as[i] = perSecond(pool, clients, each, a);
                }
                ratios[i] = as[i] / bs[i];
            }
            return new Result(Stats.of(as), Stats.of(bs), Stats.of(ratios));
        } finally {
            pool.shutdownNow();
        }
    }

    private static double millis(int batch, Callable<?> call) throws Exception {
        long start = System.nanoTime();
        for (int i = 0; i < batch; i++) {
            call.call();
        }
        return (System.nanoTime() - start) / 1e6 / batch;
    }

    private static double perSecond(ExecutorService pool, int clients, Duration each, Callable<?> call) throws Exception {
        AtomicLong count = new AtomicLong();
        List<Future<?>> running = new ArrayList<>();
        long start = System.nanoTime();
        long deadline = start + each.toNanos();
        for (int c = 0; c < clients; c++) {
            running.add(pool.submit(() -> {
                while (System.nanoTime() < deadline) {
                    call.call();
                    count.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        return count.get() / ((System.nanoTime() - start) / 1e9);
    }
}
