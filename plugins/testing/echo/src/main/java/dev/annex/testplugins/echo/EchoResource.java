package dev.annex.testplugins.echo;

import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.PluginProblem;
import dev.annex.plugin.api.access.AccessLevel;
import dev.annex.plugin.api.mail.Mail;
import dev.annex.plugin.api.access.Grant;
import dev.annex.plugin.api.access.GrantRequest;
import dev.annex.plugin.api.access.Subject;
import dev.annex.plugin.api.access.Target;
import dev.annex.plugin.api.rest.RestContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.jar.Manifest;

@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EchoResource {

    public record Ping(String version, String tenant, String caller, String greeting, long maxItems, boolean apiKeySet) {
    }

    public record GrantInput(String subjectKind, long subjectId, String targetKind, long targetId, String level,
                             Instant expiresAt) {
    }

    private final PluginContext plugin;
    private final RestContext context;

    EchoResource(PluginContext plugin, RestContext context) {
        this.plugin = plugin;
        this.context = context;
    }

    @GET
    @Path("ping")
    public Ping ping() {
        var settings = plugin.settings();
        return new Ping(version(), context.tenant().slug(), context.caller().email(),
                settings.text(context.tenant(), "greeting"), settings.number(context.tenant(), "maxItems"),
                settings.value(context.tenant(), "apiKey").isPresent());
    }

    @GET
    @Path("boom")
    public Ping boom() {
        throw new IllegalStateException("echo blew up on purpose");
    }

    @GET
    @Path("lifecycle")
    public List<String> lifecycle() {
        return EchoLifecycle.calls(context.tenant().slug());
    }

    @GET
    @Path("jobs")
    public int jobRuns() {
        return EchoJob.runs(context.tenant().slug());
    }

    @GET
    @Path("events")
    public List<String> events() {
        return EchoEvents.events(context.tenant().slug());
    }

    public record MailInput(String to, String subject, String body, boolean thenFail) {
    }

    /** Queues a mail; with thenFail the request fails afterwards, so the mail must never be sent. */
    @POST
    @Path("mail")
    public boolean mail(MailInput input) {
        plugin.outbox().queue(context.tenant(), new Mail(input.to(), input.subject(), input.body()));
        if (input.thenFail()) {
            throw PluginProblem.conflict(null, "failing after queueing, on purpose");
        }
        return true;
    }

    @POST
    @Path("grants")
    public Grant grant(GrantInput input) {
        if (input == null || input.level() == null) {
            throw PluginProblem.invalid("level", "is required");
        }
        return plugin.accessGrants().grant(context.tenant(), new GrantRequest(
                new Subject(Subject.Kind.valueOf(input.subjectKind()), input.subjectId()),
                new Target(Target.Kind.valueOf(input.targetKind()), input.targetId()),
                AccessLevel.valueOf(input.level()), input.expiresAt()));
    }

    @DELETE
    @Path("grants/{id}")
    public boolean revoke(@PathParam("id") long id) {
        return plugin.accessGrants().revoke(context.tenant(), id);
    }

    /** Asks the host for another tenant's data: the host must refuse. */
    @GET
    @Path("cross-tenant")
    public Object crossTenant(@QueryParam("tenantId") long tenantId, @QueryParam("ticketId") long ticketId) {
        return plugin.helpDesk().ticket(new dev.annex.plugin.api.Tenant(tenantId, "other"), ticketId).isPresent();
    }

    private String version() {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/MANIFEST.MF")) {
            return new Manifest(in).getMainAttributes().getValue("Plugin-Version");
        } catch (IOException | NullPointerException e) {
            return "unknown";
        }
    }
}
