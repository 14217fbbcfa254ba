package dev.annex.host.web.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.Path;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The document of the host's own resources (every {@code @Path} class compiled into
 * target/classes), held to what an integrator's generator needs. Writes it to
 * target/openapi-host.json for the lint.
 */
class OpenApiDocumentTest {

    static Map<String, Object> document;

    @BeforeAll
    static void build() throws IOException {
        List<Class<?>> roots = new ArrayList<>();
        java.nio.file.Path classes = Paths.get("target/classes");
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replace(".class", "");
                try {
                    Class<?> c = Class.forName(name, false, OpenApiDocumentTest.class.getClassLoader());
                    if (c.isAnnotationPresent(Path.class)) {
                        roots.add(c);
                    }
                } catch (ClassNotFoundException | LinkageError e) {
                    // a class whose dependencies are the server's only: not a resource
                }
            }
        }
        assertTrue(roots.size() > 10, "found the resource classes: " + roots);
        document = OpenApiDocument.of(roots, List.of(), "http://localhost:9080");
        Files.writeString(Paths.get("target/openapi-host.json"), Json.write(document));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return (Map<String, Object>) o;
    }

    @Test
    void everySchemaHasItsProperties() {
        Map<String, Object> schemas = map(map(document.get("components")).get("schemas"));
        assertTrue(schemas.containsKey("TicketView") && schemas.containsKey("CreateTicketRequest"), schemas.keySet().toString());
        schemas.forEach((name, schema) -> assertTrue(map(schema).containsKey("enum")
                || !map(map(schema).get("properties")).isEmpty(), name + " is empty: " + schema));
        Map<String, Object> ticket = map(map(schemas.get("TicketView")).get("properties"));
        assertEquals("date-time", map(ticket.get("createdAt")).get("format"));
        assertEquals("integer", map(ticket.get("id")).get("type"));
    }

    @Test
    void everySuccessfulAnswerWithContentHasASchemaAndOperationIdsAreUnique() {
        Set<String> ids = new HashSet<>();
        map(document.get("paths")).forEach((path, item) -> map(item).forEach((method, op) -> {
            Map<String, Object> operation = map(op);
            assertTrue(ids.add((String) operation.get("operationId")), "duplicate " + operation.get("operationId"));
            assertFalse(((String) operation.get("summary")).isBlank());
            map(operation.get("responses")).forEach((status, response) -> {
                Map<String, Object> r = map(response);
                if (status.startsWith("2") && r.containsKey("content")) {
                    Map<String, Object> media = map(map(r.get("content")).values().iterator().next());
                    assertFalse(map(media.get("schema")).isEmpty(),
                            method + " " + path + " " + status + " has no schema: annotate it with @Answer");
                }
            });
            Matcher m = java.util.regex.Pattern.compile("\\{(\\w+)}").matcher(path);
            List<Object> parameters = (List<Object>) operation.getOrDefault("parameters", List.of());
            while (m.find()) {
                String name = m.group(1);
                assertTrue(parameters.stream().anyMatch(p -> name.equals(map(p).get("name")) && "path".equals(map(p).get("in"))),
                        method + " " + path + " declares no path parameter " + name);
            }
        }));
        assertTrue(ids.size() > 40, "operations: " + ids.size());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTicketListTakesRepeatedStatusesAndAnUpdatedSinceInstant() {
        List<Object> parameters = (List<Object>) map(map(map(document.get("paths")).get("/api/t/{tenant}/tickets"))
                .get("get")).get("parameters");
        Map<String, Object> status = parameters.stream().map(OpenApiDocumentTest::map)
                .filter(p -> "status".equals(p.get("name"))).findFirst().orElseThrow();
        assertEquals("array", map(status.get("schema")).get("type"));
        assertEquals(true, status.get("explode"));
        assertEquals("form", status.get("style"));
        Map<String, Object> items = map(map(status.get("schema")).get("items"));
        assertTrue(items.containsKey("$ref") || items.containsKey("enum"), items.toString());
        Map<String, Object> since = parameters.stream().map(OpenApiDocumentTest::map)
                .filter(p -> "updated_since".equals(p.get("name"))).findFirst().orElseThrow();
        assertEquals("date-time", map(since.get("schema")).get("format"));
    }

    @Test
    void organisationsAndPeopleDocumentTheirETagAndAnOptionalIfMatch() {
        for (String path : List.of("/api/t/{tenant}/organisations/{id}", "/api/t/{tenant}/people/{id}")) {
            Map<String, Object> item = map(map(document.get("paths")).get(path));
            Map<String, Object> get = map(map(item.get("get")).get("responses"));
            assertTrue(map(map(get.get("200")).get("headers")).containsKey("ETag"), path);
            assertTrue(get.containsKey("304"), path);
            Map<String, Object> patch = map(map(item.get("patch")).get("responses"));
            assertTrue(map(map(patch.get("200")).get("headers")).containsKey("ETag"), path);
            assertTrue(patch.containsKey("412"), path);
            assertFalse(patch.containsKey("428"), path + ": If-Match may be left out");
        }
        Map<String, Object> ticketPatch = map(map(map(map(document.get("paths")).get("/api/t/{tenant}/tickets/{id}"))
                .get("patch")).get("responses"));
        assertTrue(ticketPatch.containsKey("412") && ticketPatch.containsKey("428"));
    }
}
