package dev.annex.plugin.testkit.server;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.UUID;

/**
 * A tenant of its own for one test class, created through the operator API of the running server
 * ({@link AnnexServer}), so tests never depend on each other's data. Everyone in it has the
 * password {@link #PASSWORD}; its admin is {@link #adminEmail()}.
 */
public final class TestTenant {

    public static final String PASSWORD = "password-1";
    /** The operator of the running server ({@link AnnexServer#operator()}). */
    public static final Api OPERATOR = AnnexServer.operator();

    private final String slug;
    private final long adminId;

    private TestTenant(String slug, long adminId) {
        this.slug = slug;
        this.adminId = adminId;
    }

    public static TestTenant create(String prefix) {
        String slug = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        OPERATOR.post("/api/operator/tenants", Json.createObjectBuilder()
                .add("slug", slug)
                .add("name", name(slug))
                .add("admin", Json.createObjectBuilder()
                        .add("email", adminEmail(slug))
                        .add("displayName", "Admin of " + slug)
                        .add("password", PASSWORD))
                .build()).expect(201);
        TestTenant tenant = new TestTenant(slug, 0);
        long adminId = tenant.admin().get(tenant.path("/me")).expect(200).json().getJsonObject("person")
                .getJsonNumber("id").longValue();
        return new TestTenant(slug, adminId);
    }

    private static String adminEmail(String slug) {
        return "admin@" + slug + ".example";
    }

    private static String name(String slug) {
        return "Test " + slug;
    }

    public String slug() {
        return slug;
    }

    /** The display name the operator gave the tenant: what mails call the help desk. */
    public String name() {
        return name(slug);
    }

    public String adminEmail() {
        return adminEmail(slug);
    }

    /** {@code name@{slug}.example}: an address unique to this tenant (mail to it tells tenants apart). */
    public String email(String name) {
        return name + "@" + slug + ".example";
    }

    public long adminId() {
        return adminId;
    }

    /** {@code /api/t/{slug}} followed by {@code rest}. */
    public String path(String rest) {
        return "/api/t/" + slug + rest;
    }

    public Api admin() {
        return as(adminEmail(slug));
    }

    public Api as(String email) {
        return Api.basic(email, PASSWORD);
    }

    public long organisation(String name, String accountNumber) {
        return admin().post(path("/organisations"), Json.createObjectBuilder()
                .add("name", name).add("accountNumber", accountNumber).build()).expect(201).id();
    }

    /** A person with the shared password; {@code organisationId} null for agents. */
    public long person(String email, String role, Long organisationId) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("email", email).add("displayName", email.substring(0, email.indexOf('@')))
                .add("role", role).add("password", PASSWORD);
        if (organisationId != null) {
            body.add("organisationId", organisationId);
        }
        return admin().post(path("/people"), body.build()).expect(201).id();
    }

    public long ticket(Api as, String subject) {
        return as.post(path("/tickets"), Json.createObjectBuilder().add("subject", subject).build()).expect(201).id();
    }

    /** Turns the plugin on for this tenant (the operator's {@code PUT …/tenants/{slug}/plugins/{id}}). */
    public TestTenant enable(String pluginId) {
        OPERATOR.put("/api/operator/tenants/" + slug + "/plugins/" + pluginId, null).expect(200);
        return this;
    }

    /** Turns the plugin off for this tenant. */
    public TestTenant disable(String pluginId) {
        OPERATOR.delete("/api/operator/tenants/" + slug + "/plugins/" + pluginId).expect(200);
        return this;
    }

    /** {@code /api/t/{slug}/plugins/{pluginId}} followed by {@code rest}: a plugin's endpoint. */
    public String plugin(String pluginId, String rest) {
        return path("/plugins/" + pluginId + rest);
    }

    /**
     * Signs in as a browser does ({@code POST /api/t/{slug}/session}): a client with the session
     * cookie and the CSRF header that cookie-authenticated writes need.
     */
    public Api signIn(String email) {
        Api browser = Api.withCookies();
        JsonObject signedIn = browser.post(path("/session"), Json.createObjectBuilder()
                .add("email", email).add("password", PASSWORD).build()).expect(200).json();
        return browser.header("X-CSRF-Token", signedIn.getString("csrfToken"));
    }
}
