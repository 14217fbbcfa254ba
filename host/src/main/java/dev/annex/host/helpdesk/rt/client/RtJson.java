package dev.annex.host.helpdesk.rt.client;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Reads RT's loosely typed JSON: ids and numbers arrive as strings or numbers ({@code "id":"45"}
 * beside {@code "id":45}), a page count as {@code 0.0}, and an unset date as the epoch.
 */
final class RtJson {

    private RtJson() {
    }

    /** A whole number given as a JSON number ({@code 3}, {@code 0.0}) or a string ({@code "3"}); 0 when absent or empty. */
    static long number(JsonObject object, String key) {
        JsonValue value = object.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return 0;
        }
        if (value instanceof JsonNumber n) {
            return n.bigDecimalValue().longValue();
        }
        if (value instanceof JsonString s) {
            String text = s.getString().trim();
            if (text.isEmpty()) {
                return 0;
            }
            try {
                return new BigDecimal(text).longValue();
            } catch (NumberFormatException e) {
                throw new IllegalStateException("RT sent a non-number for " + key + ": " + text, e);
            }
        }
        throw new IllegalStateException("RT sent " + value.getValueType() + " for " + key);
    }

    /** Text, whatever JSON type RT used; empty when absent or null. */
    static String text(JsonObject object, String key) {
        JsonValue value = object.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return "";
        }
        if (value instanceof JsonString s) {
            return s.getString();
        }
        return value.toString();
    }

    /** An RT date; null for RT's "not set" (the epoch) and for an absent field. */
    static Instant instant(JsonObject object, String key) {
        String text = text(object, key);
        if (text.isEmpty() || text.startsWith("1970-01-01")) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("RT sent an unreadable date for " + key + ": " + text, e);
        }
    }

    /** An object-valued field ({@code Queue}, {@code Creator}), or an empty object. */
    static JsonObject object(JsonObject object, String key) {
        JsonValue value = object.get(key);
        return value instanceof JsonObject o ? o : JsonValue.EMPTY_JSON_OBJECT;
    }

    /** The objects of an array-valued field ({@code Requestor}, {@code items}); empty when absent. */
    static List<JsonObject> objects(JsonObject object, String key) {
        JsonValue value = object.get(key);
        if (!(value instanceof JsonArray array)) {
            return List.of();
        }
        return array.stream().filter(JsonObject.class::isInstance).map(JsonObject.class::cast).toList();
    }
}
