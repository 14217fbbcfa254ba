package it.dev.annex.support;

import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.Reply;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Test plugin jars as the operator would upload them: the built jars of plugins/testing/, or a
 * copy with manifest entries changed, for uploads a hostile or careless author could make.
 */
public final class PluginJars {

    private PluginJars() {
    }

    /** A classifier jar of the echo test plugin ({@code uploaded-v1}, {@code squatter}, …). */
    public static Path echo(String classifier) {
        return Path.of(System.getProperty("annex.it.plugins"),
                "annex-test-plugin-echo-" + System.getProperty("annex.it.version") + "-" + classifier + ".jar");
    }

    public static byte[] bytes(Path jar) throws IOException {
        return Files.readAllBytes(jar);
    }

    /** Uploads a jar to the operator's plugin endpoint, as the console does. */
    public static Reply upload(byte[] jar) {
        String auth = Base64.getEncoder().encodeToString("operator@annex.local:demo".getBytes(StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(Api.baseUrl() + "/api/operator/plugins"))
                            .header("Authorization", "Basic " + auth)
                            .header("Content-Type", "application/octet-stream")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(jar)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("upload failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The jar with these manifest entries set (the others kept), every other entry copied. */
    public static byte[] withManifest(Path jar, Map<String, String> entries) throws IOException {
        return withEntries(jar, entries, Map.of());
    }

    /** As {@link #withManifest}, with these files added or replacing the jar's own. */
    public static byte[] withEntries(Path jar, Map<String, String> manifestEntries, Map<String, byte[]> files)
            throws IOException {
        try (InputStream file = Files.newInputStream(jar); JarInputStream in = new JarInputStream(file)) {
            Manifest manifest = new Manifest(in.getManifest());
            manifestEntries.forEach((name, value) -> manifest.getMainAttributes().put(new Attributes.Name(name), value));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (JarOutputStream out = new JarOutputStream(bytes, manifest)) {
                for (JarEntry entry = in.getNextJarEntry(); entry != null; entry = in.getNextJarEntry()) {
                    if (files.containsKey(entry.getName())) {
                        continue;
                    }
                    out.putNextEntry(new JarEntry(entry.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
                for (Map.Entry<String, byte[]> added : files.entrySet()) {
                    out.putNextEntry(new JarEntry(added.getKey()));
                    out.write(added.getValue());
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        }
    }
}
