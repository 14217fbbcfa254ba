package it.dev.annex.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.awaitility.Awaitility;

/**
 * A copy of the IT server (same Liberty, same war, same configuration) started on a port, schema and
 * plugin folder of the suite's choosing, for the rows that need a server start or a heap of their
 * own. Started with Liberty's {@code server start} and stopped with {@code server stop}, by name.
 */
final class BenchServer implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Duration START_LIMIT = Duration.ofMinutes(10);

    private final Path wlp = Path.of(System.getProperty("annex.it.wlp", "target/liberty/wlp"));
    private final String name;
    private final int port;

    /**
     * @param plugins the plugin jars it loads (copied into its own folder); empty for none
     * @param schema  its PostgreSQL schema
     */
    BenchServer(String name, int port, String schema, List<Path> plugins) throws IOException {
        this.name = name;
        this.port = port;
        Path it = wlp.resolve("usr/servers").resolve(System.getProperty("annex.it.server", "annex-it"));
        Path dir = serverDir();
        deleteTree(dir);
        Files.createDirectories(dir.resolve("plugins"));
        for (String part : List.of("server.xml", "server.env", "apps", "lib", "db")) {
            copyTree(it.resolve(part), dir.resolve(part));
        }
        for (Path plugin : plugins) {
            Files.copy(plugin, dir.resolve("plugins").resolve(plugin.getFileName()));
        }
        Map<String, String> bootstrap = new LinkedHashMap<>();
        for (String line : Files.readAllLines(it.resolve("bootstrap.properties"))) {
            int eq = line.indexOf('=');
            if (!line.startsWith("#") && eq > 0) {
                bootstrap.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        bootstrap.put("http.port", Integer.toString(port));
        bootstrap.put("annex.db.schema", schema);
        bootstrap.put("annex.demo.seed", "false");
        bootstrap.put("annex.operator.password", BenchmarkSuite.OPERATOR_PASSWORD);
        bootstrap.put("annex.public-url", baseUrl());
        StringBuilder out = new StringBuilder("# Written by the benchmark suite from the IT server's\n");
        bootstrap.forEach((key, value) -> out.append(key).append('=').append(value).append('\n'));
        Files.writeString(dir.resolve("bootstrap.properties"), out);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** Starts it and answers the seconds from the start command until {@code /health/ready} says 200. */
    double start() throws IOException, InterruptedException {
        long begin = System.nanoTime();
        Process process = new ProcessBuilder(wlp.resolve("bin/server").toString(), "start", name)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("server start " + name + " failed: " + process.exitValue());
        }
        // Polled every 20 ms: the first moment it is seen ready is the figure.
        Awaitility.await().atMost(START_LIMIT).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20))
                .alias(name + " ready").until(this::ready);
        return (System.nanoTime() - begin) / 1e9;
    }

    private boolean ready() {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/health/ready")).timeout(Duration.ofSeconds(2))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Heap in use after a full GC, in KiB (jcmd GC.run, then GC.heap_info). */
    long heapAfterGcKib() throws IOException, InterruptedException {
        String pid = Files.readString(wlp.resolve("usr/servers/.pid/" + name + ".pid")).trim();
        run("jcmd", pid, "GC.run");
        String info = run("jcmd", pid, "GC.heap_info");
        Matcher used = Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(info);
        long kib = 0;
        while (used.find()) {
            kib += Long.parseLong(used.group(2));
        }
        if (kib == 0) {
            throw new IllegalStateException("no heap figures in jcmd GC.heap_info: " + info);
        }
        return kib;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        new ProcessBuilder(wlp.resolve("bin/server").toString(), "stop", name).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    }

    private Path serverDir() {
        return wlp.resolve("usr/servers").resolve(name);
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return out;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.exists(from)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : (Iterable<Path>) paths.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
