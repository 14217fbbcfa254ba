package dev.annex.host.web;

import dev.annex.host.web.problem.Problems;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;

/** Settings as sent by a client: any JSON scalar becomes its text, {@code null} clears a setting. */
public final class SettingsInput {

    private SettingsInput() {
    }

    /**
     * @param body the request body: any JSON value is read, so that an array or a scalar is a 422
     *             naming the settings rather than the JSON provider's failure (a 500)
     */
    public static Map<String, String> of(JsonValue body) {
        Map<String, String> values = new LinkedHashMap<>();
        if (body == null || body.getValueType() == JsonValue.ValueType.NULL) {
            return values;
        }
        if (!(body instanceof JsonObject object)) {
            throw Problems.invalid("settings", "must be a JSON object of setting names and values");
        }
        object.forEach((key, value) -> values.put(key, text(value)));
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
