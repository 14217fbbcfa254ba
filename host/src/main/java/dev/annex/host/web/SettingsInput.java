package dev.annex.host.web;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/** Settings as sent by a client: any JSON scalar becomes its text, {@code null} clears a setting. */
public final class SettingsInput {

    private SettingsInput() {
    }

    public static Map<String, String> of(JsonObject body) {
        Map<String, String> values = new LinkedHashMap<>();
        if (body == null) {
            return values;
        }
        body.forEach((key, value) -> values.put(key, text(value)));
        return values;
    }

    private static String text(JsonValue value) {
        return switch (value.getValueType()) {
            case NULL -> null;
            case STRING -> ((JsonString) value).getString();
            default -> value.toString();
        };
    }
}
