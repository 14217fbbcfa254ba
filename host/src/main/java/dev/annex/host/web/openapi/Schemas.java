package dev.annex.host.web.openapi;

import static dev.annex.host.web.openapi.Json.object;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * JSON schemas of the Java types the API reads and writes, as JSON-B (with null values written,
 * see {@code JsonbConfiguration}) reads and writes them: a record by its components, any other
 * class by its public fields and getters; Bean Validation constraints become required fields and
 * bounds. Named types become components, referenced by {@code $ref}.
 *
 * <p>A type read from requests lists as required only what its constraints require (a client may
 * leave the rest out); a type only written lists every property (the server always writes all).
 */
final class Schemas {

    private final Map<String, Map<String, Object>> components = new TreeMap<>();
    private final Map<Type, String> names = new HashMap<>();
    private final Map<String, Type> named = new HashMap<>();
    private final Map<Type, Boolean> input = new HashMap<>();
    private String prefix = "";

    /**
     * Names the types of a plugin met from now on with this prefix (its id in camel case), so
     * that two plugins' {@code Views.RequestView} stay apart; the host's and the plugin API's
     * own types keep their names.
     */
    void prefix(String prefix) {
        this.prefix = prefix;
    }

    /** The schema of a type written in responses. */
    Map<String, Object> output(Type type) {
        return schema(type, false);
    }

    /** The schema of a type read from request bodies. */
    Map<String, Object> input(Type type) {
        return schema(type, true);
    }

    Map<String, Map<String, Object>> components() {
        return components;
    }

    /** Adds a component of the document's own (the problem details). */
    void add(String name, Map<String, Object> schema) {
        components.put(name, schema);
        named.put(name, Void.class);
    }

    private Map<String, Object> schema(Type type, boolean asInput) {
        if (type instanceof WildcardType wildcard) {
            return schema(wildcard.getUpperBounds()[0], asInput);
        }
        if (type instanceof TypeVariable<?>) {
            return object();
        }
        if (type instanceof GenericArrayType array) {
            return object("type", "array", "items", schema(array.getGenericComponentType(), asInput));
        }
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] args = parameterized.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                return object("type", "array", "items", schema(args[0], asInput));
            }
            if (Map.class.isAssignableFrom(raw)) {
                return object("type", "object", "additionalProperties", schema(args[1], asInput));
            }
            if (raw == Optional.class) {
                return nullable(schema(args[0], asInput));
            }
            return reference(type, raw, asInput);
        }
        Class<?> c = (Class<?>) type;
        Map<String, Object> scalar = scalar(c);
        if (scalar != null) {
            return scalar;
        }
        if (c.isArray()) {
            return object("type", "array", "items", schema(c.getComponentType(), asInput));
        }
        if (Collection.class.isAssignableFrom(c)) {
            return object("type", "array");
        }
        if (Map.class.isAssignableFrom(c) || JsonObject.class.isAssignableFrom(c)) {
            return object("type", "object");
        }
        if (JsonArray.class.isAssignableFrom(c)) {
            return object("type", "array");
        }
        if (c == Object.class || JsonValue.class.isAssignableFrom(c)) {
            return object();
        }
        return reference(type, c, asInput);
    }

    private static Map<String, Object> scalar(Class<?> c) {
        if (c == String.class || c == CharSequence.class) {
            return object("type", "string");
        }
        if (c == char.class || c == Character.class) {
            return object("type", "string", "minLength", 1, "maxLength", 1);
        }
        if (c == int.class || c == Integer.class || c == short.class || c == Short.class
                || c == byte.class || c == Byte.class) {
            return object("type", "integer", "format", "int32");
        }
        if (c == long.class || c == Long.class || c == BigInteger.class) {
            return object("type", "integer", "format", "int64");
        }
        if (c == double.class || c == Double.class || c == BigDecimal.class) {
            return object("type", "number", "format", "double");
        }
        if (c == float.class || c == Float.class) {
            return object("type", "number", "format", "float");
        }
        if (c == boolean.class || c == Boolean.class) {
            return object("type", "boolean");
        }
        if (c == Instant.class || c == OffsetDateTime.class || c == ZonedDateTime.class) {
            return object("type", "string", "format", "date-time");
        }
        if (c == LocalDateTime.class) {
            return object("type", "string", "format", "date-time");
        }
        if (c == LocalDate.class) {
            return object("type", "string", "format", "date");
        }
        if (c == Duration.class) {
            return object("type", "string", "format", "duration");
        }
        if (c == UUID.class) {
            return object("type", "string", "format", "uuid");
        }
        if (c == URI.class || c == URL.class) {
            return object("type", "string", "format", "uri");
        }
        if (c == byte[].class || InputStream.class.isAssignableFrom(c)) {
            return object("type", "string", "contentMediaType", "application/octet-stream");
        }
        return null;
    }

    private Map<String, Object> reference(Type type, Class<?> raw, boolean asInput) {
        String name = names.get(type);
        boolean wasInput = input.getOrDefault(type, false);
        if (name == null) {
            name = uniqueName(type, raw);
            names.put(type, name);
            named.put(name, type);
        }
        if (name != null && (!components.containsKey(name) || (asInput && !wasInput))) {
            input.put(type, asInput || wasInput);
            components.put(name, object()); // placeholder: a type that refers to itself ends here
            components.put(name, define(type, raw, asInput || wasInput));
        }
        return object("$ref", "#/components/schemas/" + name);
    }

    private String uniqueName(Type type, Class<?> raw) {
        StringBuilder name = new StringBuilder();
        for (Class<?> c = raw; c != null; c = c.getEnclosingClass()) {
            name.insert(0, c.getSimpleName());
            if (!named.containsKey(name.toString()) && !modelOuter(c.getEnclosingClass())) {
                break;
            }
        }
        if (type instanceof ParameterizedType parameterized) {
            for (Type arg : parameterized.getActualTypeArguments()) {
                name.append(arg instanceof Class<?> c ? c.getSimpleName() : "Item");
            }
        }
        String owner = raw.getPackageName();
        if (!owner.startsWith("dev.annex.host") && !owner.startsWith("dev.annex.plugin.api") && !owner.startsWith("java")) {
            name.insert(0, prefix);
        }
        String base = name.toString();
        String unique = base;
        for (int i = 2; named.containsKey(unique) && !type.equals(named.get(unique)); i++) {
            unique = base + i;
        }
        return unique;
    }

    /**
     * A nested record of a resource keeps its outer class's name only when the outer names a
     * type of the model ({@code OrganisationRequest.Create}), not a resource or a holder of views
     * ({@code TicketResource.AddParticipant} stays {@code AddParticipant}, {@code Views.Me} {@code Me}).
     */
    private static boolean modelOuter(Class<?> outer) {
        if (outer == null) {
            return false;
        }
        String name = outer.getSimpleName();
        return !name.endsWith("Resource") && !name.endsWith("Rest") && !name.equals("Views") && !name.equals("Inputs");
    }

    private Map<String, Object> define(Type type, Class<?> raw, boolean asInput) {
        if (raw.isEnum()) {
            List<String> values = new ArrayList<>();
            for (Object constant : raw.getEnumConstants()) {
                values.add(((Enum<?>) constant).name());
            }
            return object("type", "string", "enum", values);
        }
        Map<TypeVariable<?>, Type> bindings = new HashMap<>();
        if (type instanceof ParameterizedType parameterized) {
            TypeVariable<?>[] variables = raw.getTypeParameters();
            for (int i = 0; i < variables.length; i++) {
                bindings.put(variables[i], parameterized.getActualTypeArguments()[i]);
            }
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (Property property : properties(raw)) {
            Type propertyType = bind(property.type(), bindings);
            Map<String, Object> schema = new LinkedHashMap<>(schema(propertyType, asInput));
            boolean notNull = constrain(schema, property.annotations());
            boolean primitive = propertyType instanceof Class<?> c && c.isPrimitive();
            if (!notNull && !primitive) {
                schema = nullable(schema);
            }
            properties.put(property.name(), schema);
            if (!asInput || notNull) {
                required.add(property.name());
            }
        }
        Map<String, Object> schema = object("type", "object", "properties", properties);
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        return schema;
    }

    private static Type bind(Type type, Map<TypeVariable<?>, Type> bindings) {
        if (type instanceof TypeVariable<?> variable && bindings.containsKey(variable)) {
            return bindings.get(variable);
        }
        if (type instanceof ParameterizedType parameterized && !bindings.isEmpty()) {
            Type[] args = Arrays.stream(parameterized.getActualTypeArguments()).map(a -> bind(a, bindings))
                    .toArray(Type[]::new);
            return new Parameterized((Class<?>) parameterized.getRawType(), args);
        }
        return type;
    }

    /** Applies Bean Validation constraints to a schema; whether they forbid null. */
    static boolean constrain(Map<String, Object> schema, List<Annotation> annotations) {
        boolean notNull = false;
        boolean array = "array".equals(schema.get("type"));
        for (Annotation a : annotations) {
            if (a instanceof NotNull) {
                notNull = true;
            } else if (a instanceof NotBlank) {
                notNull = true;
                schema.put("minLength", 1);
                schema.put("pattern", "\\S");
            } else if (a instanceof NotEmpty) {
                notNull = true;
                schema.put(array ? "minItems" : "minLength", 1);
            } else if (a instanceof Size size) {
                if (size.min() > 0) {
                    schema.put(array ? "minItems" : "minLength", size.min());
                }
                if (size.max() < Integer.MAX_VALUE) {
                    schema.put(array ? "maxItems" : "maxLength", size.max());
                }
            } else if (a instanceof Min min) {
                schema.put("minimum", min.value());
            } else if (a instanceof Max max) {
                schema.put("maximum", max.value());
            } else if (a instanceof Positive) {
                schema.put("minimum", 1);
            } else if (a instanceof PositiveOrZero) {
                schema.put("minimum", 0);
            } else if (a instanceof Email) {
                schema.put("format", "email");
            } else if (a instanceof Pattern pattern) {
                schema.put("pattern", pattern.regexp());
            }
        }
        return notNull;
    }

    /** JSON Schema 2020-12 (OpenAPI 3.1): null is one more type; a reference is one of two. */
    static Map<String, Object> nullable(Map<String, Object> schema) {
        Object type = schema.get("type");
        if (type instanceof String single) {
            Map<String, Object> copy = new LinkedHashMap<>(schema);
            copy.put("type", List.of(single, "null"));
            if (copy.get("enum") instanceof List<?> values) {
                List<Object> withNull = new ArrayList<>(values);
                withNull.add(null);
                copy.put("enum", withNull);
            }
            return copy;
        }
        if (schema.containsKey("$ref")) {
            return object("oneOf", List.of(schema, object("type", "null")));
        }
        return schema;
    }

    record Property(String name, Type type, List<Annotation> annotations) {
    }

    /** What JSON-B reads and writes of a class: a record's components, else public fields and getters. */
    static List<Property> properties(Class<?> c) {
        List<Property> properties = new ArrayList<>();
        if (c.isRecord()) {
            for (RecordComponent component : c.getRecordComponents()) {
                List<Annotation> annotations = new ArrayList<>();
                annotations.addAll(List.of(component.getAnnotations()));
                annotations.addAll(List.of(component.getAnnotatedType().getAnnotations()));
                annotations.addAll(List.of(component.getAccessor().getAnnotations()));
                try {
                    annotations.addAll(List.of(c.getDeclaredField(component.getName()).getAnnotations()));
                } catch (NoSuchFieldException e) {
                    // every component has its field; nothing more to read
                }
                if (has(annotations, JsonbTransient.class)) {
                    continue;
                }
                properties.add(new Property(name(component.getName(), annotations), component.getGenericType(),
                        annotations));
            }
            return properties;
        }
        for (Field field : c.getFields()) {
            if (!Modifier.isStatic(field.getModifiers()) && field.getAnnotation(JsonbTransient.class) == null) {
                List<Annotation> annotations = List.of(field.getAnnotations());
                properties.add(new Property(name(field.getName(), annotations), field.getGenericType(), annotations));
            }
        }
        for (Method method : c.getMethods()) {
            String n = method.getName();
            if (Modifier.isStatic(method.getModifiers()) || method.getParameterCount() != 0
                    || method.getDeclaringClass() == Object.class || method.getAnnotation(JsonbTransient.class) != null) {
                continue;
            }
            String property = n.startsWith("get") && n.length() > 3 ? n.substring(3)
                    : n.startsWith("is") && n.length() > 2 && method.getReturnType() == boolean.class ? n.substring(2)
                    : null;
            if (property != null) {
                List<Annotation> annotations = List.of(method.getAnnotations());
                properties.add(new Property(name(Character.toLowerCase(property.charAt(0)) + property.substring(1),
                        annotations), method.getGenericReturnType(), annotations));
            }
        }
        return properties;
    }

    private static String name(String javaName, List<Annotation> annotations) {
        for (Annotation a : annotations) {
            if (a instanceof JsonbProperty property && !property.value().isEmpty()) {
                return property.value();
            }
        }
        return javaName;
    }

    private static boolean has(List<Annotation> annotations, Class<? extends Annotation> type) {
        return annotations.stream().anyMatch(type::isInstance);
    }

    static List<Annotation> annotations(AnnotatedElement element) {
        return List.of(element.getAnnotations());
    }

    /** A generic type with its type variables bound (a {@code PagedList<T>}'s {@code List<T>}). */
    private record Parameterized(Class<?> raw, Type[] args) implements ParameterizedType {
        @Override
        public Type[] getActualTypeArguments() {
            return args.clone();
        }

        @Override
        public Type getRawType() {
            return raw;
        }

        @Override
        public Type getOwnerType() {
            return null;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ParameterizedType p && raw.equals(p.getRawType())
                    && Arrays.equals(args, p.getActualTypeArguments());
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(args) ^ raw.hashCode();
        }
    }
}
