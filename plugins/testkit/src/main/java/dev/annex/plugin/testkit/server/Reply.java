package dev.annex.plugin.testkit.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpHeaders;
import java.util.List;

/** What the server answered. */
public record Reply(int status, HttpHeaders headers, String body) {

    public JsonObject json() {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    public JsonArray array() {
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readArray();
        }
    }

    /** A paged list's items. */
    public JsonArray items() {
        return json().getJsonArray("items");
    }

    /**
     * The path (from {@code /api/}) of the RFC 8288 link with this relation in the {@code Link}
     * header, or null when there is none.
     */
    public String link(String rel) {
        String header = header("Link");
        if (header == null) {
            return null;
        }
        for (String part : header.split(",\\s*(?=<)")) {
            int end = part.indexOf('>');
            if (part.startsWith("<") && end > 0 && part.substring(end).contains("rel=\"" + rel + "\"")) {
                String url = part.substring(1, end);
                return url.substring(url.indexOf("/api/"));
            }
        }
        return null;
    }

    public String header(String name) {
        return headers.firstValue(name).orElse(null);
    }

    /** Asserts the status, showing the body when it differs, and returns this reply. */
    public Reply expect(int expected) {
        assertEquals(expected, status, () -> "HTTP " + status + ": " + body);
        return this;
    }

    /** Asserts an RFC 9457 problem with this status that names these fields, and returns it. */
    public JsonObject expectProblem(int expected, String... fields) {
        expect(expected);
        assertEquals("application/problem+json", header("Content-Type"), "problem media type");
        JsonObject problem = json();
        assertEquals(expected, problem.getInt("status"));
        if (fields.length > 0) {
            List<String> named = problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                    .map(error -> error.getString("field")).sorted().toList();
            assertEquals(List.of(fields).stream().sorted().toList(), named, () -> "fields named in " + body);
        }
        return problem;
    }

    public long id() {
        return json().getJsonNumber("id").longValue();
    }
}
