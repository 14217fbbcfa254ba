package it.dev.annex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.dev.annex.support.Api;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class HealthIT {

    @Test
    void readinessReportsTheDatabaseUpWithItsSchemaVersion() {
        JsonObject ready = Api.anonymous().get("/health/ready").expect(200).json();
        assertEquals("UP", ready.getString("status"));
        JsonObject database = ready.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> check.getString("name").equals("database")).findFirst().orElseThrow();
        assertEquals("UP", database.getString("status"));
        assertTrue(Integer.parseInt(database.getJsonObject("data").getString("schemaVersion")) >= 2, database::toString);
    }

    @Test
    void livenessReportsUp() {
        assertEquals("UP", Api.anonymous().get("/health/live").expect(200).json().getString("status"));
    }
}
