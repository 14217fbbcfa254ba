package dev.annex.host.demo;

import dev.annex.host.helpdesk.Directory;
import dev.annex.host.helpdesk.NewComment;
import dev.annex.host.helpdesk.NewPerson;
import dev.annex.host.helpdesk.NewTicket;
import dev.annex.host.helpdesk.Organisation;
import dev.annex.host.helpdesk.Person;
import dev.annex.host.helpdesk.Role;
import dev.annex.host.helpdesk.Ticket;
import dev.annex.host.helpdesk.TicketPriority;
import dev.annex.host.helpdesk.TicketStore;
import dev.annex.host.operator.TenantProvisioning;
import dev.annex.host.plugin.tenant.PluginEnablement;
import dev.annex.host.plugin.runtime.PluginRuntime;
import dev.annex.host.tenant.TenantContext;
import dev.annex.host.security.Credentials;
import dev.annex.host.tenant.Tenants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seeds the {@code demo} tenant when {@code annex.demo.seed} is on. Demo people and their
 * password "demo" exist only then; a production start never creates them.
 */
@ApplicationScoped
public class DemoSeeder {

    public static final String SLUG = "demo";
    private static final String PASSWORD = "demo";
    private static final Logger LOG = Logger.getLogger(DemoSeeder.class.getName());

    private final boolean enabled;
    private final String publicUrl;
    private final Tenants tenants;
    private final TenantProvisioning provisioning;
    private final Directory directory;
    private final Credentials credentials;
    private final TicketStore tickets;
    private final TenantContext tenantContext;
    private final PluginRuntime plugins;
    private final PluginEnablement enablement;

    @Inject
    public DemoSeeder(@ConfigProperty(name = "annex.demo.seed", defaultValue = "false") boolean enabled,
                      @ConfigProperty(name = "annex.public-url", defaultValue = "http://localhost:9080") String publicUrl,
                      Tenants tenants, TenantProvisioning provisioning, Directory directory,
                      Credentials credentials, TicketStore tickets, TenantContext tenantContext,
                      PluginRuntime plugins, PluginEnablement enablement) {
        this.enabled = enabled;
        this.publicUrl = publicUrl;
        this.tenants = tenants;
        this.provisioning = provisioning;
        this.directory = directory;
        this.credentials = credentials;
        this.tickets = tickets;
        this.tenantContext = tenantContext;
        this.plugins = plugins;
        this.enablement = enablement;
    }

    protected DemoSeeder() {
        this(false, null, null, null, null, null, null, null, null, null);
    }

    @ActivateRequestContext
    @Transactional
    public void seedIfEnabled() {
        if (!enabled) {
            return;
        }
        if (tenants.bySlug(SLUG).isEmpty()) {
            seed();
        }
        enableEveryPlugin();
        LOG.info(() -> String.join(System.lineSeparator(),
                "Annex demo is ready at " + publicUrl + "/t/" + SLUG + "/  (API: " + publicUrl + "/api/t/" + SLUG + "/)",
                "  agent (tenant admin):        agent@demo.example / demo",
                "  agent:                       sam@demo.example / demo",
                "  customer organisation admin: admin@acme.example / demo   (Acme Corporation)",
                "  customer contact:            carol@acme.example / demo   (Acme Corporation)",
                "  partner organisation admin:  nora@northwind.example / demo   (Northwind Partners)",
                "  operator:                    operator@annex.local / demo at " + publicUrl + "/operator/"));
    }

    private void seed() {
        provisioning.create(SLUG, "Demo Help Desk", "agent@demo.example", "Dana Agent", PASSWORD);
        Person sam = person("sam@demo.example", "Sam Support", Role.AGENT, null);
        Organisation acme = directory.createOrganisation("Acme Corporation", "ACME-001");
        Organisation northwind = directory.createOrganisation("Northwind Partners", "NW-100");
        Person avery = person("admin@acme.example", "Avery Admin", Role.ORGANISATION_ADMIN, acme);
        Person carol = person("carol@acme.example", "Carol Contact", Role.CONTACT, acme);
        Person nora = person("nora@northwind.example", "Nora Partner", Role.ORGANISATION_ADMIN, northwind);

        Ticket vpn = ticket(carol, acme, "VPN drops every hour",
                "Since Monday the VPN disconnects every hour on the hour. Reconnecting works.", TicketPriority.HIGH);
        tickets.addComment(vpn.id(), new NewComment(sam.id(), "Thanks Carol, can you send the client log?", false));
        tickets.addComment(vpn.id(), new NewComment(sam.id(), "Looks like the 60-minute rekey bug again.", true));
        ticket(avery, acme, "Invoice shows the wrong VAT rate",
                "Invoice 2026-114 applies 19% VAT; our contract says 7%.", TicketPriority.NORMAL);
        ticket(carol, acme, "Printer on the third floor is offline",
                "The printer shows 'offline' for everyone since this morning.", TicketPriority.LOW);
        ticket(nora, northwind, "Partner portal access for two new engineers",
                "Please give portal access to our new engineers joining next week.", TicketPriority.NORMAL);
    }

    /** The demo shows everything: every started plugin is on for the demo tenant. */
    private void enableEveryPlugin() {
        tenantContext.enter(tenants.bySlug(SLUG).orElseThrow().ref());
        for (String pluginId : plugins.catalog().startedIds()) {
            enablement.set(pluginId, true);
        }
    }

    private Person person(String email, String name, Role role, Organisation organisation) {
        Person person = directory.createPerson(new NewPerson(email, name, role,
                organisation == null ? null : organisation.id()));
        credentials.setPassword(person.id(), PASSWORD);
        return person;
    }

    private Ticket ticket(Person requester, Organisation organisation, String subject, String description,
                          TicketPriority priority) {
        return tickets.create(new NewTicket(subject, description, priority, requester.id(), organisation.id()),
                requester.id());
    }
}
