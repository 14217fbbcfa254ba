package dev.annex.host.event;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.TreeMap;

/** How an event's details are stored: a JSON object of strings, keys in order, written and read by JSON-B. */
public final class EventDetails {

    private static final Jsonb JSON = JsonbBuilder.create();
    private static final Type MAP = new TreeMap<String, String>() { }.getClass().getGenericSuperclass();

    private EventDetails() {
    }

    public static String toJson(Map<String, String> details) {
        return JSON.toJson(new TreeMap<>(details));
    }

    public static Map<String, String> fromJson(String json) {
        Map<String, String> details = JSON.fromJson(json, MAP);
        return Map.copyOf(details);
    }
}
