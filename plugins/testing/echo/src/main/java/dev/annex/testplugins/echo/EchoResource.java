package dev.annex.testplugins.echo;

import dev.annex.plugin.api.PersonRole;
import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.PluginProblem;
import dev.annex.plugin.api.access.AccessLevel;
import dev.annex.plugin.api.access.Grant;
import dev.annex.plugin.api.access.GrantRequest;
import dev.annex.plugin.api.access.Subject;
import dev.annex.plugin.api.access.Target;
import dev.annex.plugin.api.mail.Mail;
import dev.annex.plugin.api.rest.AllowedRoles;
import dev.annex.plugin.api.rest.RestContext;
import jakarta.persistence.EntityManager;
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

    @Path("tables")
    public EchoTablesResource tables() {
        return new EchoTablesResource(plugin, context);
    }

    @Path("links")
    public EchoLinksResource links() {
        return new EchoLinksResource(plugin, context);
    }

    @GET
    @Path("ping")
    public Ping ping() {
        var settings = plugin.settings();
        return new Ping(VERSION, context.tenant().slug(), context.caller().email(),
                settings.text(context.tenant(), "greeting"), settings.number(context.tenant(), "maxItems"),
                settings.value(context.tenant(), "apiKey").isPresent());
    }

    /** For tenant administrators only, by the host's rule: anyone else is answered 403 before this runs. */
    @GET
    @Path("admins-only")
    @AllowedRoles(PersonRole.TENANT_ADMIN)
    public Ping adminsOnly() {
        return ping();
    }

    public record HostClass(String name, boolean loaded, String error) {
    }

    /**
     * Tries to reach one of the host's own classes through the plugin's class loader: the host
     * must refuse (containment), so the answer says which error the plugin got.
     */
    @GET
    @Path("host-class")
    public HostClass hostClass(@QueryParam("name") String name) {
        String className = name == null ? "dev.annex.host.security.SecretTokens" : name;
        try {
            Class.forName(className, false, EchoResource.class.getClassLoader());
            return new HostClass(className, true, null);
        } catch (ClassNotFoundException | LinkageError e) {
            return new HostClass(className, false, e.getClass().getSimpleName());
        }
    }

    @GET
    @Path("boom")
    public Ping boom() {
        throw new IllegalStateException("echo blew up on purpose");
    }

    /** Not public: JSON-B cannot read its components, so the answer cannot be written. */
    record Hidden(String secret) {
    }

    /** A plugin bug on purpose: returns a value the host cannot serialise. */
    @GET
    @Path("unserialisable")
    public Hidden unserialisable() {
        return new Hidden("never shown");
    }

    @GET
    @Path("lifecycle")
    public List<String> lifecycle() {
        return EchoLifecycle.calls(context.tenant().slug());
    }

    public record CommentInput(long ticketId, String body) {
    }

    /** Comments on a ticket as the caller, through the host's help desk. */
    @POST
    @Path("comment")
    public long comment(CommentInput input) {
        return plugin.helpDesk().addComment(context.tenant(), input.ticketId(), context.caller().personId(),
                input.body(), false);
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

    public record NoteInput(String text, boolean thenFail) {
    }

    public record Note(long id, String text, Instant created) {
    }

    /** Where a note's row is, read with plain SQL: the table, and the tenant its TENANT_ID names. */
    public record NoteRow(String table, long tenantId) {
    }

    /** Stores a note; with thenFail the request fails after the insert, so the note must not stay. */
    @POST
    @Path("notes")
    public Note addNote(NoteInput input) {
        if (input == null || input.text() == null || input.text().isBlank()) {
            throw PluginProblem.invalid("text", "is required");
        }
        EntityManager notes = plugin.persistence().entityManager(context.tenant());
        EchoNote note = new EchoNote(input.text(), plugin.clock().instant());
        notes.persist(note);
        // Sends the insert now, in the host's transaction, and gives the note its id.
        notes.flush();
        if (input.thenFail()) {
            throw PluginProblem.conflict(null, "failing after storing the note, on purpose");
        }
        return note.view();
    }

    /** How long a slow call waited, and whether it was woken by an interrupt (the host's time limit). */
    public record Slept(long millis, boolean interrupted) {
    }

    /** Waits {@code ms} milliseconds, interruptibly: a plugin call that hangs, for the host's time limit. */
    @GET
    @Path("slow")
    public Slept slow(@QueryParam("ms") long ms) {
        if (ms < 0 || ms > 600_000) {
            throw PluginProblem.invalid("ms", "must be 0 to 600000");
        }
        long start = System.nanoTime();
        try {
            Thread.sleep(ms);
            return new Slept(ms, false);
        } catch (InterruptedException e) {
            return new Slept((System.nanoTime() - start) / 1_000_000, true);
        }
    }

    public record StubbornInput(String text, long ms) {
    }

    /**
     * Stores a note, then keeps working for {@code ms} milliseconds whatever happens, interrupts
     * included, and answers as if all went well: past the host's time limit the note must not stay.
     */
    @POST
    @Path("stubborn")
    public Note stubborn(StubbornInput input) {
        if (input == null || input.text() == null || input.text().isBlank()) {
            throw PluginProblem.invalid("text", "is required");
        }
        if (input.ms() < 0 || input.ms() > 600_000) {
            throw PluginProblem.invalid("ms", "must be 0 to 600000");
        }
        EntityManager notes = plugin.persistence().entityManager(context.tenant());
        EchoNote note = new EchoNote(input.text(), plugin.clock().instant());
        notes.persist(note);
        notes.flush();
        long until = System.nanoTime() + input.ms() * 1_000_000;
        boolean interrupted = false;
        while (System.nanoTime() < until) {
            try {
                Thread.sleep(Math.max(1, (until - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return note.view();
    }

    @GET
    @Path("notes")
    public List<Note> notes() {
        return plugin.persistence().entityManager(context.tenant())
                .createQuery("SELECT n FROM EchoNote n ORDER BY n.id", EchoNote.class)
                .getResultStream().map(EchoNote::view).toList();
    }

    /**
     * Reads the note's row with plain SQL. EclipseLink refuses SQL in a unit with multitenant
     * entities unless the query opts in, because SQL is not scoped to the tenant: the plugin scopes
     * it itself, so the row is found only when the discriminator column really holds this tenant
     * (an unwritten column, or another tenant's note, is a 404).
     */
    @GET
    @Path("notes/{id}/row")
    public NoteRow noteRow(@PathParam("id") long id) {
        List<?> tenantIds = plugin.persistence().entityManager(context.tenant())
                .createNativeQuery("SELECT TENANT_ID FROM ECHO_NOTE WHERE ID = ?1 AND TENANT_ID = ?2")
                .setHint("eclipselink.jdbc.allow-native-sql-query", true)
                .setParameter(1, id).setParameter(2, context.tenant().id()).getResultList();
        if (tenantIds.isEmpty()) {
            throw PluginProblem.notFound("no row for note " + id);
        }
        return new NoteRow("ECHO_NOTE", ((Number) tenantIds.get(0)).longValue());
    }

    /** Asks for another tenant's entity manager: the host must refuse. */
    @GET
    @Path("notes/cross-tenant")
    public List<Note> crossTenantNotes(@QueryParam("tenantId") long tenantId) {
        return plugin.persistence().entityManager(new dev.annex.plugin.api.Tenant(tenantId, "other"))
                .createQuery("SELECT n FROM EchoNote n", EchoNote.class)
                .getResultStream().map(EchoNote::view).toList();
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
    public void revoke(@PathParam("id") long id) {
        // Another tenant's id is simply not this tenant's grant: 404, like any unknown id.
        if (!plugin.accessGrants().revoke(context.tenant(), id)) {
            throw PluginProblem.notFound("No grant " + id);
        }
    }

    /** Asks the host for another tenant's data: the host must refuse. */
    @GET
    @Path("cross-tenant")
    public Object crossTenant(@QueryParam("tenantId") long tenantId, @QueryParam("ticketId") long ticketId) {
        return plugin.helpDesk().ticket(new dev.annex.plugin.api.Tenant(tenantId, "other"), ticketId).isPresent();
    }

    /** Read once per class loader (each installed version has its own), not on every ping. */
    private static final String VERSION = version();

    private static String version() {
        try (InputStream in = EchoResource.class.getClassLoader().getResourceAsStream("META-INF/MANIFEST.MF")) {
            return new Manifest(in).getMainAttributes().getValue("Plugin-Version");
        } catch (IOException | NullPointerException e) {
            return "unknown";
        }
    }
}
