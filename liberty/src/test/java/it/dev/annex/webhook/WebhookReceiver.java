package it.dev.annex.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntUnaryOperator;

/**
 * The receiving end the tests subscribe: an HTTP server on loopback (port {@code annex.it.webhook.port})
 * that records every request to a path and answers with the status the path's script gives for
 * the n-th request (0 for the first).
 */
final class WebhookReceiver implements AutoCloseable {

    record Received(String path, Map<String, List<String>> headers, String body, int answered) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final Map<String, IntUnaryOperator> scripts = new ConcurrentHashMap<>();
    private final Map<String, List<Received>> received = new ConcurrentHashMap<>();

    WebhookReceiver() throws IOException {
        int port = Integer.getInteger("annex.it.webhook.port", 9183);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The URL of {@code path}, answered as {@code script} says for each request number. */
    String url(String path, IntUnaryOperator script) {
        scripts.put(path, script);
        received.put(path, new CopyOnWriteArrayList<>());
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void answer(String path, IntUnaryOperator script) {
        scripts.put(path, script);
    }

    List<Received> received(String path) {
        return List.copyOf(received.getOrDefault(path, List.of()));
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        List<Received> log = received.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>());
        int status;
        synchronized (log) {
            status = scripts.getOrDefault(path, n -> 404).applyAsInt(log.size());
            log.add(new Received(path, Map.copyOf(exchange.getRequestHeaders()), body, status));
        }
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
