package it.dev.annex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.annex.plugin.testkit.server.Api;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class HealthIT {

    @Test
    void readinessReportsTheDatabaseUpWithItsSchemaVersion() {
        JsonObject ready = Api.anonymous().get("/health/ready").expect(200).json();
        assertEquals("UP", ready.getString("status"));
        JsonObject database = ready.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> check.getString("name").equals("database")).findFirst().orElseThrow();
        assertEquals("UP", database.getString("status"));
        assertEquals(LATEST_MIGRATION, database.getJsonObject("data").getString("schemaVersion"), database::toString);
    }

    /** The host's newest migration, SQL or Java: the server has run every one by the time it is ready. */
    private static final String LATEST_MIGRATION = latestMigration();

    private static String latestMigration() {
        Path host = Path.of(System.getProperty("annex.it.host", "../host"));
        try (Stream<Path> sql = Files.list(host.resolve("src/main/resources/db/migration"));
             Stream<Path> java = Files.list(host.resolve("src/main/java/dev/annex/host/persistence/migration"))) {
            return Integer.toString(Stream.concat(sql, java).map(p -> p.getFileName().toString())
                    .filter(name -> name.matches("V\\d+__.*"))
                    .mapToInt(name -> Integer.parseInt(name.substring(1, name.indexOf("__")))).max().orElseThrow());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void livenessReportsUp() {
        assertEquals("UP", Api.anonymous().get("/health/live").expect(200).json().getString("status"));
    }
}
