package dev.annex.plugin.testkit;

import dev.annex.plugin.api.AnnexPlugin;
import dev.annex.plugin.api.Caller;
import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.Tenant;
import dev.annex.plugin.api.event.TicketEvent;
import dev.annex.plugin.api.event.TicketEventKind;
import dev.annex.plugin.api.helpdesk.PersonInfo;
import dev.annex.plugin.api.helpdesk.TicketInfo;
import dev.annex.plugin.api.persistence.PluginPersistence;
import dev.annex.plugin.api.rest.RestContext;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;

/**
 * What the host gives a plugin, in memory, so a plugin's logic is tested in milliseconds:
 *
 * <pre>{@code
 * TestPluginContext annex = TestPluginContext.of("hello", HelloPlugin::new);
 * Tenant demo = annex.helpDesk().tenant("demo");
 * PersonInfo carol = annex.helpDesk().contact(demo, "carol@acme.example", "Carol", acme);
 * new HelloResource(annex, annex.rest(demo, carol)).greeting();
 * annex.clock().advance(Duration.ofDays(1));
 * assertEquals(1, annex.outbox().to("carol@acme.example").size());
 * }</pre>
 *
 * <p>Settings are the plugin's own declarations (defaults until {@code settings().set(...)}).
 * {@link #accessGrants()} keeps the plugin's grants and judges them by the host's own rule
 * ({@code GrantPrecedence}), and the help desk's {@code canSee} counts them as the host's ticket
 * queries do. {@link #persistence()} needs the real host — run those paths end to end against
 * Open Liberty (see the plugin developer's guide).
 */
public final class TestPluginContext implements PluginContext {

    private final String pluginId;
    private final TestClock clock;
    private final InMemoryHelpDesk helpDesk;
    private final CapturedOutbox outbox = new CapturedOutbox();
    private final CapturedAudit audit = new CapturedAudit();
    private final InMemoryInvitations invitations;
    private final InMemoryAccessGrants accessGrants;
    private TestSettings settings;
    private AnnexPlugin plugin;
    private long nextEvent = 1;

    private TestPluginContext(String pluginId, Instant start) {
        this.pluginId = pluginId;
        this.clock = new TestClock(start);
        this.helpDesk = new InMemoryHelpDesk(clock);
        this.invitations = new InMemoryInvitations(helpDesk, outbox, clock);
        this.accessGrants = new InMemoryAccessGrants(helpDesk, clock);
        this.helpDesk.grantedBy(accessGrants);
    }

    /** A context for the plugin that {@code create} makes (its constructor), its settings declared. */
    public static TestPluginContext of(String pluginId, Function<PluginContext, ? extends AnnexPlugin> create) {
        TestPluginContext context = new TestPluginContext(pluginId, Instant.parse("2030-01-01T09:00:00Z"));
        context.plugin = create.apply(context);
        context.settings = new TestSettings(context.plugin.settings());
        return context;
    }

    public AnnexPlugin plugin() {
        return plugin;
    }

    /** The REST context of a request that this person makes. */
    public RestContext rest(Tenant tenant, PersonInfo person) {
        return new RestContext(tenant, new Caller(person.id(), person.email(), person.displayName(), person.role(),
                person.organisationId()));
    }

    /** A ticket event as the host delivers it (ids increase, the time is the clock's). */
    public TicketEvent event(Tenant tenant, TicketEventKind kind, TicketInfo ticket, PersonInfo actor,
                             Map<String, String> details) {
        return new TicketEvent(nextEvent++, tenant, kind, ticket.id(), actor == null ? null : actor.id(), clock.instant(),
                Map.copyOf(details));
    }

    @Override
    public String pluginId() {
        return pluginId;
    }

    @Override
    public InMemoryInvitations invitations() {
        return invitations;
    }

    @Override
    public InMemoryHelpDesk helpDesk() {
        return helpDesk;
    }

    /** The plugin's grants, judged by the host's precedence and expiry rule at {@link #clock()}. */
    @Override
    public InMemoryAccessGrants accessGrants() {
        return accessGrants;
    }

    @Override
    public TestSettings settings() {
        return settings;
    }

    @Override
    public CapturedOutbox outbox() {
        return outbox;
    }

    @Override
    public PluginPersistence persistence() {
        throw new UnsupportedOperationException("The in-memory context has no database;"
                + " test a plugin's entities end to end against a running Annex.");
    }

    @Override
    public CapturedAudit audit() {
        return audit;
    }

    @Override
    public TestClock clock() {
        return clock;
    }
}
