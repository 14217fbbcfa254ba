package it.dev.annex.bench;

import static it.dev.annex.support.PluginJars.echo;
import static it.dev.annex.support.PluginJars.upload;

import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.Reply;
import dev.annex.plugin.testkit.server.TestTenant;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Benchmark-style script, not a test (the name does not end in IT): hot upgrade under load and
 * class-loader leaks. While six callers send a steady stream of requests to a plugin's endpoint and
 * to the host, the operator upgrades plugin "uploaded" from v1 to v2 and back ten times (each
 * upload a higher version, alternating the v1 and v2 jars); every answer must be a 200 from one of
 * the two. Then 50 install / upgrade / uninstall cycles, with the IT server's loaded class count and
 * metaspace (jcmd, after a full GC) before and after. Figures to stdout and
 * target/benchmark/plugin-upgrade.txt.
 */
class PluginUpgradeUnderLoadBenchmark {

    private static final Pattern VERSION = Pattern.compile("\"version\":\"([^\"]+)\"");

    @Test
    void upgradesUnderLoadLoseNothingAndCyclesLeakNoClassLoader() throws Exception {
        List<String> lines = new ArrayList<>();
        TestTenant tenant = TestTenant.create("upgrade-bench");
        byte[] v1 = Files.readAllBytes(echo("uploaded-v1"));
        byte[] v2 = Files.readAllBytes(echo("uploaded-v2"));
        upload(versioned(v1, "1.0.0")).expect(201);
        TestTenant.OPERATOR.put("/api/operator/tenants/" + tenant.slug() + "/plugins/uploaded", null).expect(200);
        Api admin = tenant.admin();

        AtomicBoolean running = new AtomicBoolean(true);
        Map<String, AtomicLong> answers = new ConcurrentHashMap<>();
        ExecutorService load = Executors.newFixedThreadPool(6);
        for (int i = 0; i < 6; i++) {
            boolean plugin = i < 4;
            load.submit(() -> {
                while (running.get()) {
                    Reply reply = admin.get(tenant.path(plugin ? "/plugins/uploaded/ping" : "/me"));
                    String key = (plugin ? "plugin " : "host ") + reply.status();
                    if (plugin && reply.status() == 200) {
                        Matcher version = VERSION.matcher(reply.body());
                        key += version.find() ? " v" + version.group(1) : "";
                    }
                    answers.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
                }
            });
        }
        long upgradesStart = System.nanoTime();
        for (int i = 1; i <= 20; i++) {
            // Odd steps take the v2 jar, even ones the v1 jar; versions only go up, as upgrades do.
            upload(versioned(i % 2 == 1 ? v2 : v1, (i % 2 == 1 ? "2." : "1.") + i + ".0")).expect(201);
        }
        double upgradesSeconds = (System.nanoTime() - upgradesStart) / 1e9;
        running.set(false);
        load.shutdown();
        load.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
        long failed = answers.entrySet().stream().filter(e -> !e.getKey().contains(" 200"))
                .mapToLong(e -> e.getValue().get()).sum();
        lines.add("20 upgrades (v1 <-> v2, 10 each way) in " + String.format("%.1f", upgradesSeconds)
                + " s under 6 callers: answers " + new java.util.TreeMap<>(answers) + "; failed: " + failed);

        long pid = serverPid();
        Jvm before = Jvm.of(pid);
        for (int i = 0; i < 50; i++) {
            upload(versioned(v1, "3." + i + ".0")).expect(201);
            upload(versioned(v2, "4." + i + ".0")).expect(201);
            TestTenant.OPERATOR.delete("/api/operator/plugins/uploaded").expect(204);
        }
        Jvm after = Jvm.of(pid);
        lines.add(String.format("50 install/upgrade/uninstall cycles: classes %d -> %d (%+.1f%%), metaspace used %d KB -> %d KB"
                        + " (%+.1f%%)", before.classes, after.classes, 100.0 * (after.classes - before.classes) / before.classes,
                before.metaspaceKb, after.metaspaceKb, 100.0 * (after.metaspaceKb - before.metaspaceKb) / before.metaspaceKb));
        lines.forEach(System.out::println);
        Path out = Path.of("target/benchmark/plugin-upgrade.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, lines);
    }

    private static byte[] versioned(byte[] jar, String version) throws IOException {
        Path file = Files.createTempFile("uploaded", ".jar");
        try {
            Files.write(file, jar);
            return it.dev.annex.support.PluginJars.withManifest(file, Map.of("Plugin-Version", version));
        } finally {
            Files.delete(file);
        }
    }

    private static long serverPid() {
        String server = System.getProperty("annex.it.server", "annex-it");
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("ws-server.jar") && c.endsWith(" " + server)
                        || c.contains("ws-server.jar " + server)).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("no JVM of " + server)).pid();
    }

    /** Loaded classes and metaspace in use of a JVM, after a full GC. */
    private record Jvm(long classes, long metaspaceKb) {

        static Jvm of(long pid) throws Exception {
            jcmd(pid, "GC.run");
            jcmd(pid, "GC.run");
            String counters = jcmd(pid, "PerfCounter.print");
            long loaded = counter(counters, "java.cls.loadedClasses") + counter(counters, "java.cls.sharedLoadedClasses");
            long unloaded = counter(counters, "java.cls.unloadedClasses") + counter(counters, "java.cls.sharedUnloadedClasses");
            Matcher used = Pattern.compile("(?m)^\\s*Both:.*?([\\d.]+) ([KMG]B) \\(\\s*[\\d.]+%\\) used").matcher(jcmd(pid, "VM.metaspace"));
            long kb = 0;
            if (used.find()) {
                double value = Double.parseDouble(used.group(1));
                kb = Math.round(value * switch (used.group(2)) { case "GB" -> 1024 * 1024; case "MB" -> 1024; default -> 1; });
            }
            if (loaded == 0 || kb == 0) {
                throw new AssertionError("jcmd gave no class count or metaspace figure for " + pid + ":\n" + counters);
            }
            return new Jvm(loaded - unloaded, kb);
        }

        private static long counter(String counters, String name) {
            Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "=(\\d+)").matcher(counters);
            return m.find() ? Long.parseLong(m.group(1)) : 0;
        }

        private static String jcmd(long pid, String command) throws Exception {
            Process process = new ProcessBuilder("jcmd", Long.toString(pid), command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
            return output;
        }
    }
}
