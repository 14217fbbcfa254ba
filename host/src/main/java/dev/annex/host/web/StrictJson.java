package dev.annex.host.web;

import dev.annex.host.web.problem.Problems;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads request bodies strictly, before JSON-B binds them: JSON-B alone takes a number or a
 * boolean where text is expected, {@code 1.5} for id 1, the last of two equal keys, and ignores
 * whatever follows the object. Here each of those is a problem naming the field: 400 for what
 * cannot be read as the request (not one JSON value, a key twice, a value of the wrong kind), 422
 * for text with control characters.
 */
final class StrictJson {

    private static final int MAX_DEPTH = 64;

    private StrictJson() {
    }

    /** One JSON value and nothing after it, no key twice in an object. */
    static JsonValue parse(String text) {
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            if (!parser.hasNext()) {
                throw Problems.badRequest("body", "is empty; send a JSON value");
            }
            JsonValue value = value(parser, parser.next(), "", 0);
            boolean more;
            try {
                more = parser.hasNext();
            } catch (JsonParsingException trailing) {
                more = true;
            }
            if (more) {
                throw Problems.badRequest("body", "has more after its JSON value");
            }
            return value;
        } catch (JsonParsingException e) {
            throw Problems.badRequest("body", "is not valid JSON");
        }
    }

    private static JsonValue value(JsonParser parser, JsonParser.Event event, String path, int depth) {
        if (depth > MAX_DEPTH) {
            throw Problems.badRequest(field(path), "is nested too deeply");
        }
        switch (event) {
            case START_OBJECT -> {
                JsonObjectBuilder object = Json.createObjectBuilder();
                Set<String> keys = new HashSet<>();
                for (JsonParser.Event next = parser.next(); next != JsonParser.Event.END_OBJECT; next = parser.next()) {
                    String key = parser.getString();
                    String keyPath = path.isEmpty() ? key : path + "." + key;
                    if (!keys.add(key)) {
                        throw Problems.badRequest(keyPath, "is given twice");
                    }
                    object.add(key, value(parser, parser.next(), keyPath, depth + 1));
                }
                return object.build();
            }
            case START_ARRAY -> {
                JsonArrayBuilder array = Json.createArrayBuilder();
                int index = 0;
                for (JsonParser.Event next = parser.next(); next != JsonParser.Event.END_ARRAY; next = parser.next()) {
                    array.add(value(parser, next, path + "[" + index++ + "]", depth + 1));
                }
                return array.build();
            }
            case VALUE_STRING -> {
                String text = parser.getString();
                if (hasControlCharacter(text)) {
                    throw Problems.invalid(field(path), "contains a control character");
                }
                return Json.createValue(text);
            }
            case VALUE_NUMBER -> {
                return Json.createValue(parser.getBigDecimal());
            }
            case VALUE_TRUE -> {
                return JsonValue.TRUE;
            }
            case VALUE_FALSE -> {
                return JsonValue.FALSE;
            }
            case VALUE_NULL -> {
                return JsonValue.NULL;
            }
            default -> throw Problems.badRequest(field(path), "is not valid JSON");
        }
    }

    /** C0 controls other than tab, line feed and carriage return, and DEL: never part of text. */
    static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return true;
            }
        }
        return false;
    }

    private static String field(String path) {
        return path.isEmpty() ? "body" : path;
    }

    /**
     * Checks that each value has the kind of the property it binds to: text for text, whole
     * numbers for integers, true/false for flags, arrays for collections; properties of other
     * types, and keys the type does not have, are left to binding and validation.
     */
    static void checkKinds(JsonValue value, Type type, String path) {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return;
        }
        Class<?> raw = raw(type);
        if (raw == null || raw == Object.class || JsonValue.class.isAssignableFrom(raw)) {
            return;
        }
        JsonValue.ValueType kind = value.getValueType();
        if (raw == String.class || raw == Character.class || raw == char.class || raw.isEnum()
                || Temporal.class.isAssignableFrom(raw) || TemporalAmount.class.isAssignableFrom(raw)) {
            require(kind == JsonValue.ValueType.STRING, path, "must be text");
        } else if (raw == long.class || raw == Long.class || raw == int.class || raw == Integer.class
                || raw == short.class || raw == Short.class || raw == byte.class || raw == Byte.class
                || raw == BigInteger.class) {
            require(kind == JsonValue.ValueType.NUMBER, path, "must be a whole number");
            require(((JsonNumber) value).isIntegral(), path, "must be a whole number");
        } else if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class
                || raw == BigDecimal.class) {
            require(kind == JsonValue.ValueType.NUMBER, path, "must be a number");
        } else if (raw == boolean.class || raw == Boolean.class) {
            require(kind == JsonValue.ValueType.TRUE || kind == JsonValue.ValueType.FALSE, path, "must be true or false");
        } else if (Collection.class.isAssignableFrom(raw)) {
            require(kind == JsonValue.ValueType.ARRAY, path, "must be an array");
            Type element = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
            int index = 0;
            for (JsonValue item : value.asJsonArray()) {
                checkKinds(item, element, path + "[" + index++ + "]");
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            require(kind == JsonValue.ValueType.OBJECT, path, "must be an object");
        } else if (raw.isRecord() || (!raw.isPrimitive() && !raw.isArray() && !raw.getName().startsWith("java."))) {
            require(kind == JsonValue.ValueType.OBJECT, path, "must be an object");
            JsonObject object = value.asJsonObject();
            properties(raw).forEach((name, propertyType) -> {
                JsonValue property = object.get(name);
                if (property != null) {
                    checkKinds(property, propertyType, path.isEmpty() ? name : path + "." + name);
                }
            });
        }
    }

    /** A value of the wrong kind cannot be read as the request: 400, as JSON-B's own type errors. */
    private static void require(boolean ok, String path, String message) {
        if (!ok) {
            throw Problems.badRequest(field(path), message);
        }
    }

    /** The JSON names of a type's properties and their types (record components, or fields). */
    private static Map<String, Type> properties(Class<?> type) {
        Map<String, Type> properties = new LinkedHashMap<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                JsonbProperty renamed = component.getAccessor().getAnnotation(JsonbProperty.class);
                Field field = fieldOf(type, component.getName());
                if (renamed == null && field != null) {
                    renamed = field.getAnnotation(JsonbProperty.class);
                }
                properties.put(renamed == null || renamed.value().isEmpty() ? component.getName() : renamed.value(),
                        component.getGenericType());
            }
            return properties;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())) {
                    continue;
                }
                JsonbProperty renamed = field.getAnnotation(JsonbProperty.class);
                properties.putIfAbsent(renamed == null || renamed.value().isEmpty() ? field.getName() : renamed.value(),
                        field.getGenericType());
            }
        }
        return properties;
    }

    private static Field fieldOf(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }
}
