package it.dev.annex.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The suite's one table: every row's figures, its ratio against the goal, the SQL statements one
 * request of it takes, and how it was measured. Written to {@code liberty/bench/RESULTS.md} (or
 * {@code -Dannex.bench.results}) after every row, so an interrupted run keeps what it measured.
 */
final class Results {

    /**
     * @param goal      the limit, e.g. {@code ≥ 0.95}; empty for a figure that is only kept
     * @param met       whether the ratio meets it; null when there is no goal
     * @param sql       SQL statements per request of the measured request, or empty
     */
    record Row(String what, String figures, String ratio, String goal, Boolean met, String sql, String how) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final Path file;
    private final Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    Results(Path file) {
        this.file = file;
    }

    static Results fromSystemProperties() {
        return new Results(Path.of(System.getProperty("annex.bench.results", "bench/RESULTS.md")));
    }

    synchronized void add(Row row) {
        System.out.printf("[bench] %s | %s | %s | %s | %s | sql %s | %s%n", row.what(), row.figures(), row.ratio(),
                row.goal(), row.met() == null ? "" : row.met() ? "met" : "NOT MET", row.sql(), row.how());
        rows.add(row);
        write();
    }

    synchronized void note(String note) {
        System.out.println("[bench] note: " + note);
        notes.add(note);
        write();
    }

    static String number(double value) {
        if (value >= 100) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, value >= 10 ? "%.1f" : "%.2f", value);
    }

    static String ratio(Stats ratio) {
        return String.format(Locale.ROOT, "%.2f (IQR %.2f–%.2f)", ratio.median(), ratio.p25(), ratio.p75());
    }

    private void write() {
        StringBuilder out = new StringBuilder();
        out.append("# Benchmark results\n\n");
        out.append("Written by the benchmark suite (`BenchmarkSuite`, the command is in the README's Benchmarks section)."
                + " Every ratio is the median of many pairs measured side by side in the same run, the order inside a"
                + " pair alternating; IQR is the spread (25th–75th percentile) of those pairs. SQL is the statements one"
                + " request of the row takes (`X-Annex-Sql-Statements`, `annex.diagnostics.sql-count`).\n\n");
        Runtime runtime = Runtime.getRuntime();
        out.append("- Run: ").append(started).append(", database: ").append(System.getProperty("annex.it.db", "?"))
                .append('\n');
        out.append("- Machine: ").append(runtime.availableProcessors()).append(" cores, ").append(memory())
                .append(" memory, ").append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch"))
                .append(", Java ").append(System.getProperty("java.version")).append(" (client JVM max heap ")
                .append(runtime.maxMemory() / (1024 * 1024)).append(" MiB)\n");
        out.append("- The server under test is the IT server (Open Liberty, `annex.security.password-iterations` as the IT"
                + " build sets it) on the same machine as the load generator, which shares its cores.\n\n");
        out.append("| what | figures | ratio | goal | met | SQL / request | how |\n|---|---|---|---|---|---|---|\n");
        for (Row row : rows) {
            out.append("| ").append(row.what()).append(" | ").append(row.figures()).append(" | ").append(row.ratio())
                    .append(" | ").append(row.goal()).append(" | ")
                    .append(row.met() == null ? "" : row.met() ? "yes" : "**no**").append(" | ").append(row.sql())
                    .append(" | ").append(row.how()).append(" |\n");
        }
        if (!notes.isEmpty()) {
            out.append("\n## Notes\n\n");
            notes.forEach(note -> out.append("- ").append(note).append('\n'));
        }
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, out);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + file, e);
        }
    }

    private static String memory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    long kib = Long.parseLong(line.replaceAll("\\D", ""));
                    return String.format(Locale.ROOT, "%.1f GiB", kib / 1024.0 / 1024.0);
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: fall through to what the JVM says
        }
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun
                ? String.format(Locale.ROOT, "%.1f GiB", sun.getTotalMemorySize() / 1024.0 / 1024 / 1024) : "unknown";
    }
}
