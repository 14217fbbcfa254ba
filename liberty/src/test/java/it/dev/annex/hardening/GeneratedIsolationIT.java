package it.dev.annex.hardening;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugin.testkit.server.Reply;
import dev.annex.plugin.testkit.server.TestTenant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: tenant isolation generated from the server's own API description, not hand-picked.
 * Every operation under {@code /api/t/{tenant}/…} that {@code /openapi} lists is called on
 * tenant A with: no credentials, tenant B's admin's credentials, A's admin with B's ids, and A's
 * person of every role the operation's {@code x-annex-roles} leaves out (the plugins whose
 * operations are restricted are enabled for A, so a plugin's own rule is tried too). None may
 * answer 2xx or 5xx; the credential cases must be 401, the wrong role 403. A new endpoint is
 * covered without anyone adding it.
 */
class GeneratedIsolationIT {

    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    /** Sign-in (a case of its own) and sign-out are for anonymous callers by design. */
    private static final String SIGN_IN = "POST /api/t/{tenant}/session";
    private static final String SIGN_OUT = "DELETE /api/t/{tenant}/session";

    /** @param roles the roles the API description says may call it ({@code x-annex-roles}) */
    record Operation(String method, String path, Set<String> roles, boolean anonymous) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    @Test
    void noOperationReachesAnotherTenantOrAWrongRole() {
        List<Operation> operations = operations();
        assertTrue(operations.size() > 20, () -> "the API description lists only " + operations);

        TestTenant a = TestTenant.create("gen-a");
        TestTenant b = TestTenant.create("gen-b");
        for (TestTenant t : List.of(a, b)) {
            TestTenant.OPERATOR.put("/api/operator/tenants/" + t.slug() + "/plugins/echo", null).expect(200);
        }
        long aOrganisation = a.organisation("A's customer", "A-1");
        Map<String, Api> aPeople = new java.util.TreeMap<>(Map.of("TENANT_ADMIN", a.admin()));
        for (String role : List.of("AGENT", "ORGANISATION_ADMIN", "CONTACT")) {
            String email = role.toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "@" + a.slug() + ".example";
            a.person(email, role, role.equals("AGENT") ? null : aOrganisation);
            aPeople.put(role, a.as(email));
        }
        long aTicket = a.ticket(a.admin(), "A's ticket");
        Map<String, String> aIds = Map.of("tickets", Long.toString(aTicket), "organisations", Long.toString(aOrganisation));
        operations.stream().filter(o -> o.roles().size() < aPeople.size()).map(o -> pluginOf(o.path())).distinct()
                .filter(java.util.Objects::nonNull)
                .forEach(plugin -> TestTenant.OPERATOR.put("/api/operator/tenants/" + a.slug() + "/plugins/" + plugin, null)
                        .expect(200));
        long bOrganisation = b.organisation("B's customer", "B-1");
        long bPerson = b.person("contact@" + b.slug() + ".example", "CONTACT", bOrganisation);
        long bTicket = b.ticket(b.admin(), "B's secret ticket");
        JsonObject issued = b.admin().post(b.path("/me/tokens"), "{\"name\":\"b\"}").expect(201).json();
        long bToken = issued.getJsonObject("token").getJsonNumber("id").longValue();
        // B's API token, not B's password: failed password sign-ins are throttled (429) after a few,
        // which would hide what the check is about.
        Api bAdmin = Api.bearer(issued.getString("secret"));
        Map<String, String> bIds = Map.of("tickets", Long.toString(bTicket), "people", Long.toString(bPerson),
                "organisations", Long.toString(bOrganisation), "tokens", Long.toString(bToken),
                "participants", Long.toString(bPerson), "plugins", "echo");

        List<String> leaks = new ArrayList<>();
        int calls = 0;
        int roleCalls = 0;
        for (Operation operation : operations) {
            String path = concrete(operation.path(), a.slug(), bIds);
            String body = operation.method().equals("GET") || operation.method().equals("DELETE") ? null : "{}";
            if (operation.toString().equals(SIGN_OUT)) {
                continue;
            }
            if (operation.toString().equals(SIGN_IN)) {
                // Sign-in at A with B's credentials: 401, like a wrong password.
                calls++;
                check(leaks, operation, "B's credentials at A's sign-in", Set.of(401),
                        Api.anonymous().post(a.path("/session"), Json.createObjectBuilder().add("email", b.adminEmail())
                                .add("password", TestTenant.PASSWORD).build()));
                continue;
            }
            calls += 2;
            // An operation for anonymous callers by design (an activation link's page) must still
            // refuse an empty body and never succeed for someone of another tenant.
            Set<Integer> unauthenticated = operation.anonymous() ? Set.of() : Set.of(401);
            check(leaks, operation, "no credentials", unauthenticated,
                    Api.anonymous().send(operation.method(), path, body));
            check(leaks, operation, "tenant B's admin", unauthenticated,
                    bAdmin.header("If-Match", "\"1\"").send(operation.method(), path, body));
            if (takesRowIds(operation.path())) {
                calls++;
                check(leaks, operation, "A's admin with B's ids", Set.of(),
                        a.admin().header("If-Match", "\"1\"").send(operation.method(), path, body));
            }
            for (var person : aPeople.entrySet()) {
                if (!operation.roles().contains(person.getKey())) {
                    calls++;
                    roleCalls++;
                    check(leaks, operation, "A's " + person.getKey(), Set.of(403), person.getValue()
                            .send(operation.method(), concrete(operation.path(), a.slug(), aIds), body));
                }
            }
        }
        long restricted = operations.stream().filter(o -> o.roles().size() < aPeople.size()).count();
        System.out.println("Generated isolation matrix: " + operations.size() + " operations, " + calls
                + " calls (no credentials, the other tenant's credentials, the other tenant's ids, the wrong role); "
                + restricted + " operations restricted by role, called " + roleCalls + " times by a role left out");
        assertTrue(restricted >= 12, () -> "the API description restricts only " + restricted + " operations by role");
        assertTrue(leaks.isEmpty(), () -> leaks.size() + " leaks:\n" + String.join("\n", leaks));
        assertTrue(b.admin().get(b.path("/tickets/" + bTicket)).expect(200).json().getString("subject")
                .equals("B's secret ticket"), "B's ticket is unchanged");
        assertTrue(b.admin().get(b.path("/me/tokens")).expect(200).body().contains("\"b\""), "B's token survives");
    }

    /**
     * @param expected the statuses this case must answer; empty: any 4xx but 2xx/5xx (an id of
     *                 another tenant may also meet a validation error first; it must never succeed)
     */
    private static void check(List<String> leaks, Operation operation, String who, Set<Integer> expected, Reply reply) {
        int status = reply.status();
        boolean ok = expected.isEmpty() ? status >= 400 && status < 500 && status != 409 : expected.contains(status);
        if (!ok) {
            leaks.add(operation + " as " + who + ": HTTP " + status + " " + reply.body());
        }
    }

    /** Whether the path names a tenant's rows by id (a plugin id is the installation's, not B's). */
    private static boolean takesRowIds(String template) {
        String[] segments = template.split("/");
        for (int i = 1; i < segments.length; i++) {
            if (PATH_PARAMETER.matcher(segments[i]).matches() && !segments[i].equals("{tenant}")
                    && !segments[i - 1].equals("plugins")) {
                return true;
            }
        }
        return false;
    }

    /** The plugin whose path it is, or null for the host's own. */
    private static String pluginOf(String template) {
        Matcher plugin = Pattern.compile("^/api/t/\\{tenant}/plugins/([a-z][a-z0-9-]*)/").matcher(template);
        return plugin.find() ? plugin.group(1) : null;
    }

    private static String concrete(String template, String tenant, Map<String, String> bIds) {
        String[] segments = template.split("/");
        StringBuilder path = new StringBuilder();
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            Matcher parameter = PATH_PARAMETER.matcher(segment);
            if (segment.equals("{tenant}")) {
                segment = tenant;
            } else if (parameter.matches()) {
                String collection = segments[i - 1];
                segment = bIds.getOrDefault(collection, "1");
            }
            path.append('/').append(segment);
        }
        return path.toString();
    }

    private static List<Operation> operations() {
        String description = Api.anonymous().header("Accept", "application/json").get("/openapi").expect(200).body();
        JsonObject paths = Json.createReader(new StringReader(description)).readObject().getJsonObject("paths");
        List<Operation> operations = new ArrayList<>();
        paths.forEach((path, item) -> {
            if (path.startsWith("/api/t/{tenant}/")) {
                for (String method : List.of("get", "post", "put", "patch", "delete")) {
                    if (item.asJsonObject().containsKey(method)) {
                        JsonObject operation = item.asJsonObject().getJsonObject(method);
                        Set<String> roles = operation.containsKey("x-annex-roles")
                                ? operation.getJsonArray("x-annex-roles").getValuesAs(JsonString.class).stream()
                                        .map(JsonString::getString).collect(java.util.stream.Collectors.toSet())
                                : Set.of("TENANT_ADMIN", "AGENT", "ORGANISATION_ADMIN", "CONTACT");
                        boolean anonymous = operation.containsKey("security") && operation.getJsonArray("security").isEmpty();
                        operations.add(new Operation(method.toUpperCase(), path, roles, anonymous));
                    }
                }
            }
        });
        return operations;
    }
}
