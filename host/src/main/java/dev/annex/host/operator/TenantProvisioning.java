package dev.annex.host.operator;

import dev.annex.host.helpdesk.Directory;
import dev.annex.host.helpdesk.NewPerson;
import dev.annex.host.helpdesk.Person;
import dev.annex.host.helpdesk.Role;
import dev.annex.host.helpdesk.TicketStore;
import dev.annex.host.security.Credentials;
import dev.annex.host.tenant.Tenant;
import dev.annex.host.tenant.TenantContext;
import dev.annex.host.tenant.Tenants;
import dev.annex.host.refusal.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Creates a tenant together with its first administrator, all or nothing. */
@ApplicationScoped
public class TenantProvisioning {

    private final Tenants tenants;
    private final TenantContext tenantContext;
    private final Directory directory;
    private final Credentials credentials;
    private final TicketStore tickets;

    @Inject
    public TenantProvisioning(Tenants tenants, TenantContext tenantContext, Directory directory,
                              Credentials credentials, TicketStore tickets) {
        this.tickets = tickets;
        this.tenants = tenants;
        this.tenantContext = tenantContext;
        this.directory = directory;
        this.credentials = credentials;
    }

    protected TenantProvisioning() {
        this(null, null, null, null, null);
    }

    /** Must run in a request context of its own: it enters the new tenant. */
    @Transactional
    public Tenant create(String slug, String name, String adminEmail, String adminName, String adminPassword) {
        if (tenants.bySlug(slug).isPresent()) {
            throw Refusal.conflict("slug", "is already taken by another tenant");
        }
        Tenant tenant = tenants.create(slug, name);
        tenantContext.enter(tenant.ref());
        tickets.tenantCreated();
        Person admin = directory.createPerson(new NewPerson(adminEmail, adminName, Role.TENANT_ADMIN, null));
        credentials.setPassword(admin.id(), adminPassword);
        return tenant;
    }
}
