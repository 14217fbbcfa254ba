package dev.annex.host.web.openapi;

import static dev.annex.host.web.openapi.Json.object;

import dev.annex.host.web.Anonymous;
import dev.annex.host.web.Inputs;
import dev.annex.plugin.api.rest.PagedList;
import dev.annex.host.web.RoleRestriction;
import dev.annex.host.web.SessionCookies;
import dev.annex.plugin.api.rest.ApiAnswer;
import dev.annex.plugin.api.rest.ApiOperation;
import dev.annex.plugin.api.rest.ApiParam;
import dev.annex.host.web.problem.ProblemDetail;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The OpenAPI 3.1 document of the API, read from the resource classes themselves by reflection,
 * the way Jakarta REST matches them: so the document cannot describe an operation the server
 * does not have, nor miss one. Records are described by their components (Liberty's own scanner
 * sees only fields it can read and leaves records empty); what a signature cannot say (the status
 * and headers of a {@code Response}, the real type of a string query parameter) comes from
 * {@link ApiAnswer} and {@link ApiParam}. Each plugin's resource contributes its paths under
 * {@code /api/t/{tenant}/plugins/{id}}.
 */
public final class OpenApiDocument {

    /** A started plugin's endpoints: its resource class, and the class that describes the plugin. */
    public record PluginPaths(String id, String name, String description, Class<?> resource, Class<?> descriptor) {
    }

    static final String API = "/api";
    private static final Map<Integer, String> PROBLEMS = new TreeMap<>(Map.ofEntries(
            Map.entry(400, "The request cannot be read (malformed JSON, a parameter of the wrong type): type bad-request"),
            Map.entry(401, "No valid credentials: type unauthorized"),
            Map.entry(403, "Signed in, but not allowed (or the tenant is suspended): type forbidden"),
            Map.entry(404, "No such tenant, resource or plugin for the caller (another tenant's ids too): type not-found"),
            Map.entry(409, "Conflicts with the current state: type conflict"),
            Map.entry(412, "If-Match names a version that is no longer current; nothing changed: type stale-version"),
            Map.entry(422, "Invalid values; errors names each rejected field: type validation"),
            Map.entry(428, "If-Match is required: type precondition-required"),
            Map.entry(429, "Too many requests; send it again after Retry-After. Type rate-limited: this caller's"
                    + " requests a minute (see the RateLimit headers); type too-many-attempts: failed sign-ins for this login"),
            Map.entry(503, "Nothing was done; send it again after Retry-After. Type busy: the database gave up on a lock;"
                    + " type plugin-busy: the plugin is answering as many calls as its limit allows"),
            Map.entry(504, "The plugin did not answer within its time limit; what it changed was rolled back:"
                    + " type plugin-timeout")));

    private final Schemas schemas = new Schemas();
    private final Map<String, Map<String, Object>> paths = new TreeMap<>();
    private final Map<String, String> tags = new TreeMap<>();
    private final Set<String> operationIds = new HashSet<>();
    private Map<String, Object> webhooks = Map.of();

    private OpenApiDocument() {
    }

    /**
     * @param roots   the host's root resource classes (those with {@code @Path})
     * @param plugins the started plugins with endpoints
     * @param server  the server's base URL, as the client reached it
     */
    public static Map<String, Object> of(List<Class<?>> roots, List<PluginPaths> plugins, String server) {
        OpenApiDocument document = new OpenApiDocument();
        List<Class<?>> sorted = new ArrayList<>(roots);
        sorted.sort(Comparator.comparing(Class::getName));
        for (Class<?> root : sorted) {
            String path = join(API, root.getAnnotation(Path.class).value());
            document.walk(root, path, List.of(), tagOf(path), null, new HashSet<>());
        }
        // Before the plugins: their schemas get a prefix, the host's own do not.
        document.webhooks = WebhookDocument.webhooks(document.schemas);
        document.tags.put(WebhookDocument.TAG, WebhookDocument.DESCRIPTION);
        for (PluginPaths plugin : plugins) {
            document.tags.put(plugin.id(), "Plugin " + plugin.name() + ": " + plugin.description());
            String base = join(API, "t/{tenant}/plugins/" + plugin.id());
            List<Map<String, Object>> tenant = List.of(pathParameter("tenant"));
            document.schemas.prefix(capitalise(camel(plugin.id())));
            if (plugin.descriptor() != null) {
                document.walk(plugin.descriptor(), base, tenant, plugin.id(), plugin.id(), new HashSet<>());
            }
            if (plugin.resource() != null) {
                document.walk(plugin.resource(), base, tenant, plugin.id(), plugin.id(), new HashSet<>());
            }
        }
        return document.build(server);
    }

    private Map<String, Object> build(String server) {
        schemas.add("Problem", problemSchema());
        List<Object> tagList = new ArrayList<>();
        tags.forEach((name, description) -> tagList.add(object("name", name, "description", description)));
        Map<String, Object> responses = new LinkedHashMap<>();
        PROBLEMS.forEach((status, description) -> responses.put("Problem" + status, object(
                "description", description,
                "headers", status == 429 ? rateLimitHeaders(object("Retry-After", ref("headers", "Retry-After")))
                        : status == 503 ? object("Retry-After", ref("headers", "Retry-After")) : null,
                "content", object(ProblemDetail.MEDIA_TYPE, object("schema", ref("schemas", "Problem"))))));
        return object(
                "openapi", "3.1.0",
                "info", object(
                        "title", "Annex",
                        "version", "0.1.0",
                        "summary", "Plugin host for a help desk: tenants, people, tickets and plugins.",
                        "description", "Everything of a help desk is under /api/t/{tenant}/…, the operator's API under "
                                + "/api/operator/…. Each started plugin adds its endpoints under "
                                + "/api/t/{tenant}/plugins/{id}/…; installing or removing a plugin changes this document. "
                                + "Errors are RFC 9457 problem details (application/problem+json) whose type is "
                                + ProblemDetail.TYPE_BASE + "{name}.",
                        "license", object("name", "Proprietary", "identifier", "LicenseRef-Annex")),
                "servers", List.of(object("url", server)),
                "security", List.of(object("basic", List.of()), object("bearer", List.of()),
                        object("session", List.of(), "csrf", List.of())),
                "tags", tagList,
                "paths", paths,
                "webhooks", webhooks,
                "components", object(
                        "schemas", schemas.components(),
                        "responses", responses,
                        "headers", object(
                                "ETag", object("description", "The version of the resource, for If-Match",
                                        "schema", object("type", "string")),
                                "Location", object("description", "The URL of the created resource",
                                        "schema", object("type", "string", "format", "uri")),
                                "Link", object("description", "RFC 8288 links to the first, previous, next and last page "
                                                + "(rel=\"first\", \"prev\", \"next\", \"last\") of the same query",
                                        "schema", object("type", "string")),
                                "X-Total-Count", object("description", "How many items the whole list has, on every page",
                                        "schema", object("type", "integer", "minimum", 0)),
                                "Retry-After", object("description", "Seconds to wait before sending it again",
                                        "schema", object("type", "integer", "minimum", 0)),
                                "RateLimit-Limit", object("description", "Requests a minute this caller (an API token, "
                                                + "else the person or operator) may make; on every signed-in answer",
                                        "schema", object("type", "integer", "minimum", 1)),
                                "RateLimit-Remaining", object("description", "Requests left before answers are 429",
                                        "schema", object("type", "integer", "minimum", 0)),
                                "RateLimit-Reset", object("description", "Seconds until the full limit is available again",
                                        "schema", object("type", "integer", "minimum", 0)),
                                "RateLimit-Policy", object("description", "The limit and its window: {limit};w=60",
                                        "schema", object("type", "string"))),
                        "securitySchemes", object(
                                "basic", object("type", "http", "scheme", "basic",
                                        "description", "A person's email and password (or the operator's)"),
                                "bearer", object("type", "http", "scheme", "bearer",
                                        "description", "A personal token from POST /api/t/{tenant}/me/tokens"),
                                "session", object("type", "apiKey", "in", "cookie", "name", SessionCookies.SESSION,
                                        "description", "The session cookie POST /api/t/{tenant}/session sets ("
                                                + SessionCookies.OPERATOR_SESSION + " for the operator's)"),
                                "csrf", object("type", "apiKey", "in", "header", "name", "X-CSRF-Token",
                                        "description", "With the session cookie: the CSRF token the sign-in returned, "
                                                + "on every write"))));
    }

    /** The rate-limit headers, beside others of the same answer. */
    private static Map<String, Object> rateLimitHeaders(Map<String, Object> others) {
        Map<String, Object> headers = new LinkedHashMap<>(others);
        for (String name : List.of("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "RateLimit-Policy")) {
            headers.put(name, ref("headers", name));
        }
        return headers;
    }

    private static Map<String, Object> problemSchema() {
        return object("type", "object",
                "description", "RFC 9457 problem details",
                "properties", object(
                        "type", object("type", "string", "format", "uri",
                                "description", ProblemDetail.TYPE_BASE + "{name}: bad-request, unauthorized, forbidden, "
                                        + "not-found, conflict, stale-version, validation, precondition-required, "
                                        + "too-many-attempts, rate-limited, busy, internal, http-{status}"),
                        "title", object("type", "string"),
                        "status", object("type", "integer", "format", "int32", "minimum", 400, "maximum", 599),
                        "detail", object("type", List.of("string", "null")),
                        "instance", object("type", List.of("string", "null")),
                        "errors", object("type", "array", "items", object("type", "object",
                                "properties", object("field", object("type", "string",
                                                "description", "the JSON property, query parameter or header"),
                                        "message", object("type", "string")),
                                "required", List.of("field", "message")))),
                "required", List.of("type", "title", "status"));
    }

    // --- Resource classes ------------------------------------------------------------------------

    private void walk(Class<?> type, String path, List<Map<String, Object>> inherited, String tag, String plugin,
                      Set<Class<?>> seen) {
        if (!seen.add(type)) {
            return;
        }
        tags.putIfAbsent(tag, "The " + tag + " of the API");
        List<Map<String, Object>> parameters = new ArrayList<>(inherited);
        for (Field field : fields(type)) {
            Map<String, Object> parameter = parameter(field.getAnnotations(), field.getGenericType(), field.getType());
            if (parameter != null) {
                replace(parameters, parameter);
            }
        }
        List<Method> methods = new ArrayList<>(Arrays.asList(type.getMethods()));
        methods.sort(Comparator.comparing(Method::getName).thenComparing(m -> Arrays.toString(m.getParameterTypes())));
        for (Method method : methods) {
            if (method.getDeclaringClass() == Object.class || Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            String http = httpMethod(method);
            Path sub = method.getAnnotation(Path.class);
            String methodPath = sub == null ? path : join(path, sub.value());
            if (http != null) {
                operation(type, method, http, methodPath, parameters, tag, plugin);
            } else if (sub != null && method.getReturnType() != Object.class) {
                List<Map<String, Object>> locatorParameters = new ArrayList<>(parameters);
                for (Parameter p : method.getParameters()) {
                    Map<String, Object> parameter = parameter(p.getAnnotations(), p.getParameterizedType(), p.getType());
                    if (parameter != null) {
                        replace(locatorParameters, parameter);
                    }
                }
                walk(method.getReturnType(), methodPath, locatorParameters, tag, plugin, new HashSet<>(seen));
            }
        }
    }

    private static List<Field> fields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            fields.addAll(Arrays.asList(c.getDeclaredFields()));
        }
        return fields;
    }

    private static String httpMethod(Method method) {
        for (Annotation a : method.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value().toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    private void operation(Class<?> type, Method method, String http, String path,
                           List<Map<String, Object>> inherited, String tag, String plugin) {
        List<Map<String, Object>> parameters = new ArrayList<>(inherited);
        Map<String, Object> body = null;
        for (Parameter p : method.getParameters()) {
            Map<String, Object> parameter = parameter(p.getAnnotations(), p.getParameterizedType(), p.getType());
            if (parameter != null) {
                replace(parameters, parameter);
            } else if (isEntity(p)) {
                body = requestBody(type, method, p);
            }
        }
        parameters.removeIf(p -> "path".equals(p.get("in")) && !path.contains("{" + p.get("name") + "}"));
        if (method.getReturnType() == PagedList.class && plugin == null) {
            paging(parameters); // the host's limits; a plugin's own parameters say its own
        }
        ApiOperation described = method.getAnnotation(ApiOperation.class);
        Map<String, Object> operation = object(
                "tags", List.of(tag),
                "summary", described != null && !described.summary().isEmpty() ? described.summary() : words(method.getName()),
                "description", described != null && !described.description().isEmpty() ? described.description() : null,
                "operationId", operationId(type, method, plugin, described),
                "parameters", parameters.isEmpty() ? null : parameters,
                "requestBody", body,
                "responses", responses(type, method, http, path, body != null, parameters, plugin != null),
                "security", anonymous(type, method) ? List.of() : null,
                "x-annex-roles", path.startsWith("/api/t/") && !anonymous(type, method)
                        ? RoleRestriction.allowed(type, method).stream().map(Enum::name).toList() : null);
        paths.computeIfAbsent(path, p -> new TreeMap<>()).put(http, operation);
    }

    private static boolean anonymous(Class<?> type, Method method) {
        return type.isAnnotationPresent(Anonymous.class) || method.isAnnotationPresent(Anonymous.class);
    }

    private static boolean isEntity(Parameter p) {
        for (Class<? extends Annotation> marker : List.of(Context.class, Suspended.class, BeanParam.class,
                FormParam.class, MatrixParam.class)) {
            if (p.isAnnotationPresent(marker)) {
                return false;
            }
        }
        return true;
    }

    private Map<String, Object> requestBody(Class<?> type, Method method, Parameter p) {
        String mediaType = mediaType(method.getAnnotation(Consumes.class), type.getAnnotation(Consumes.class));
        Map<String, Object> schema = schemas.input(p.getParameterizedType());
        return object("required", p.isAnnotationPresent(NotNull.class) ? true : null,
                "content", object(mediaType, object("schema", schema)));
    }

    private static String mediaType(Consumes onMethod, Consumes onType) {
        String[] values = onMethod != null ? onMethod.value() : onType != null ? onType.value() : null;
        return values == null || values.length == 0 ? MediaType.APPLICATION_JSON : values[0].split(",")[0].trim();
    }

    private static String produces(Class<?> type, Method method) {
        Produces onMethod = method.getAnnotation(Produces.class);
        Produces onType = type.getAnnotation(Produces.class);
        String[] values = onMethod != null ? onMethod.value() : onType != null ? onType.value() : null;
        return values == null || values.length == 0 ? MediaType.APPLICATION_JSON : values[0].split(",")[0].trim();
    }

    private Map<String, Object> responses(Class<?> type, Method method, String http, String path, boolean hasBody,
                                          List<Map<String, Object>> parameters, boolean ofPlugin) {
        Map<String, Object> responses = new TreeMap<>();
        ApiAnswer[] answers = method.getAnnotationsByType(ApiAnswer.class);
        String mediaType = produces(type, method);
        if (answers.length > 0) {
            for (ApiAnswer answer : answers) {
                Map<String, Object> headers = new LinkedHashMap<>();
                for (String header : answer.headers()) {
                    headers.put(header, ref("headers", header));
                }
                Map<String, Object> content = null;
                if (answer.body() != Void.class) {
                    Map<String, Object> schema = schemas.output(answer.body());
                    content = object(mediaType, object("schema",
                            answer.list() ? object("type", "array", "items", schema) : schema));
                }
                responses.put(Integer.toString(answer.status()), object(
                        "description", answer.description().isEmpty() ? reason(answer.status()) : answer.description(),
                        "headers", headers.isEmpty() ? null : headers,
                        "content", content));
            }
        } else if (method.getReturnType() == void.class) {
            responses.put("204", object("description", "Done; no content"));
        } else {
            Type returned = method.getGenericReturnType();
            Map<String, Object> schema = method.getReturnType() == Response.class ? object() : schemas.output(returned);
            responses.put("200", object("description", "OK",
                    "headers", method.getReturnType() == PagedList.class
                            ? object("Link", ref("headers", "Link"), "X-Total-Count", ref("headers", "X-Total-Count")) : null,
                    "content", object(mediaType, object("schema", schema))));
        }
        boolean write = !http.equals("get");
        Map<String, Object> ifMatchParameter = parameters.stream().filter(p -> "If-Match".equals(p.get("name")))
                .findFirst().orElse(null);
        boolean ifMatch = ifMatchParameter != null;
        // An If-Match with a default ("*": any version) may be left out, so it is never 428.
        boolean ifMatchNeeded = ifMatch && !((Map<?, ?>) ifMatchParameter.get("schema")).containsKey("default");
        List<Integer> problems = new ArrayList<>();
        if (hasBody || parameters.stream().anyMatch(p -> "query".equals(p.get("in")) || "path".equals(p.get("in")))) {
            problems.add(400);
        }
        if (!anonymous(type, method)) {
            problems.addAll(List.of(401, 403, 429));
        } else if (write && path.endsWith("/session")) {
            problems.add(429);
        }
        if (path.contains("{")) {
            problems.add(404);
        }
        if (write) {
            problems.add(409);
        }
        if (ifMatch) {
            problems.add(412);
        }
        if (ifMatchNeeded) {
            problems.add(428);
        }
        if (hasBody || parameters.stream().anyMatch(p -> "query".equals(p.get("in")))) {
            problems.add(422);
        }
        if (write || ofPlugin) {
            problems.add(503);
        }
        if (ofPlugin) {
            problems.add(504);
        }
        for (int status : problems) {
            responses.putIfAbsent(Integer.toString(status), ref("responses", "Problem" + status));
        }
        return responses;
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 201 -> "Created";
            case 202 -> "Accepted";
            case 204 -> "No content";
            default -> "Status " + status;
        };
    }

    private String operationId(Class<?> type, Method method, String plugin, ApiOperation described) {
        String id;
        if (described != null && !described.operationId().isEmpty()) {
            id = described.operationId();
        } else {
            String resource = type.getSimpleName().replace("Resource", "");
            String stem = plugin != null ? camel(plugin) : decapitalise(resource);
            id = stem + capitalise(method.getName());
            if (plugin != null && operationIds.contains(id)) {
                id = stem + resource + capitalise(method.getName()); // a sub-resource's list: partnerLinksRequestsList
            }
        }
        String unique = id;
        for (int i = 2; !operationIds.add(unique); i++) {
            unique = id + i;
        }
        return unique;
    }

    // --- Parameters ------------------------------------------------------------------------------

    private Map<String, Object> parameter(Annotation[] annotations, Type type, Class<?> raw) {
        String in = null;
        String name = null;
        for (Annotation a : annotations) {
            if (a instanceof PathParam p) {
                in = "path";
                name = p.value();
            } else if (a instanceof QueryParam q) {
                in = "query";
                name = q.value();
            } else if (a instanceof HeaderParam h) {
                in = "header";
                name = h.value();
            } else if (a instanceof CookieParam c) {
                in = "cookie";
                name = c.value();
            }
        }
        if (in == null) {
            return null;
        }
        ApiParam declared = find(annotations, ApiParam.class);
        DefaultValue defaultValue = find(annotations, DefaultValue.class);
        Map<String, Object> schema = new LinkedHashMap<>(declared != null && declared.as() != String.class
                ? schemas.output(declared.as()) : schemas.output(type));
        if (declared != null) {
            if (declared.minimum() != Long.MIN_VALUE) {
                schema.put("minimum", declared.minimum());
            }
            if (declared.maximum() != Long.MAX_VALUE) {
                schema.put("maximum", declared.maximum());
            }
            if (declared.allowed().length > 0) {
                schema.put("enum", List.of(declared.allowed()));
            }
            if (!declared.defaultValue().isEmpty()) {
                schema.put("default", typed(declared.defaultValue(), schema));
            }
        }
        if (defaultValue != null) {
            schema.put("default", typed(defaultValue.value(), schema));
        }
        Schemas.constrain(schema, List.of(annotations));
        if ("path".equals(in) && "integer".equals(schema.get("type")) && !schema.containsKey("minimum")) {
            schema.put("minimum", 1); // ids start at 1
        }
        // A repeatable query parameter (?status=OPEN&status=PENDING): what ApiParam says is of each value.
        boolean repeated = "query".equals(in) && Collection.class.isAssignableFrom(raw);
        if (repeated && declared != null && declared.as() != String.class) {
            schema = object("type", "array", "items", schema);
        }
        return object("name", name, "in", in,
                "description", declared != null && !declared.description().isEmpty() ? declared.description() : null,
                "required", "path".equals(in) || find(annotations, NotNull.class) != null ? true : null,
                "style", repeated ? "form" : null,
                "explode", repeated ? true : null,
                "schema", schema);
    }

    /** Every paged list reads page and size with {@link Inputs#page}: those are its bounds. */
    private static void paging(List<Map<String, Object>> parameters) {
        for (Map<String, Object> parameter : parameters) {
            if ("query".equals(parameter.get("in")) && "page".equals(parameter.get("name"))) {
                parameter.put("description", "Page number, from 0");
                parameter.put("schema", object("type", "integer", "format", "int32", "minimum", 0,
                        "maximum", Inputs.MAX_PAGE, "default", 0));
            } else if ("query".equals(parameter.get("in")) && "size".equals(parameter.get("name"))) {
                parameter.put("description", "Items per page");
                parameter.put("schema", object("type", "integer", "format", "int32", "minimum", 1,
                        "maximum", Inputs.MAX_PAGE_SIZE, "default", Inputs.DEFAULT_PAGE_SIZE));
            }
        }
    }

    private static Map<String, Object> pathParameter(String name) {
        return object("name", name, "in", "path", "required", true,
                "schema", object("type", "string"));
    }

    private static Object typed(String value, Map<String, Object> schema) {
        Object type = schema.get("type");
        if ("integer".equals(type)) {
            return Long.parseLong(value);
        }
        if ("boolean".equals(type)) {
            return Boolean.parseBoolean(value);
        }
        return value;
    }

    private static void replace(List<Map<String, Object>> parameters, Map<String, Object> parameter) {
        parameters.removeIf(p -> p.get("name").equals(parameter.get("name")) && p.get("in").equals(parameter.get("in")));
        parameters.add(parameter);
    }

    private static <A extends Annotation> A find(Annotation[] annotations, Class<A> type) {
        for (Annotation a : annotations) {
            if (type.isInstance(a)) {
                return type.cast(a);
            }
        }
        return null;
    }

    // --- Names -----------------------------------------------------------------------------------

    /** {@code /api/t/{tenant}/tickets} → {@code tickets}; {@code /api/operator/tenants} → {@code operator}. */
    static String tagOf(String path) {
        String[] segments = path.substring(API.length() + 1).split("/");
        if (segments[0].equals("t") && segments.length > 2) {
            return segments[2];
        }
        return segments[0];
    }

    static String join(String base, String path) {
        String joined = (base + "/" + path).replaceAll("/+", "/");
        joined = joined.replaceAll("\\{\\s*([\\w.-]+)\\s*:[^}]*}", "{$1}"); // {file: .+} names file
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    private static Map<String, Object> ref(String kind, String name) {
        return object("$ref", "#/components/" + kind + "/" + name);
    }

    /** {@code addComment} → {@code Add comment}. */
    static String words(String camel) {
        String spaced = camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    private static String camel(String id) {
        StringBuilder out = new StringBuilder();
        for (String part : id.split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                out.append(out.length() == 0 ? part : capitalise(part));
            }
        }
        return out.toString();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String decapitalise(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
