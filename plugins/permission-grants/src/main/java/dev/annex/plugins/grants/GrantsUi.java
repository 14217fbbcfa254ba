package dev.annex.plugins.grants;

import dev.annex.plugin.api.Caller;
import dev.annex.plugin.api.PersonRole;
import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.Tenant;
import dev.annex.plugin.api.access.Subject;
import dev.annex.plugin.api.ui.UiContribution;
import dev.annex.plugin.api.ui.UiExtension;
import dev.annex.plugin.api.ui.UiSlot;
import java.util.List;
import org.pf4j.Extension;

/**
 * The plugin's pages, panel and marker. Pages name the roles they are for, so the navigation
 * offers each only to the people it serves; every endpoint still checks the caller itself.
 * Partner access is a partner's page, so among those roles it is offered only to partners: people
 * a grant names (themselves or their organisation, expired grants included) and people who asked a
 * customer for access — unless the tenant lets every contact ask ({@link #PARTNER_ACCESS_FOR_EVERYONE}).
 * A customer makes someone a partner by giving them a grant in My partners.
 */
@Extension
public class GrantsUi implements UiExtension {

    static final String PARTNER_ACCESS = "pg-partner-access";
    static final String PARTNER_ACCESS_FOR_EVERYONE = "partnerAccessForEveryone";

    private final PluginContext plugin;

    public GrantsUi(PluginContext plugin) {
        this.plugin = plugin;
    }

    @Override
    public List<UiContribution> contributions() {
        return List.of(
                // A customer's contact managers; tenant admins use the API with ?customer=.
                new UiContribution(UiSlot.PAGE, "pg-my-partners", "my-partners.js", "My partners")
                        .forRoles(PersonRole.ORGANISATION_ADMIN),
                // Partner contacts, and agents a customer named as consultants. Tenant admins
                // already manage every organisation, so a grant gives them nothing to see here.
                new UiContribution(UiSlot.PAGE, PARTNER_ACCESS, "partner-access.js", "Partner access")
                        .forRoles(PersonRole.CONTACT, PersonRole.ORGANISATION_ADMIN, PersonRole.AGENT),
                new UiContribution(UiSlot.PAGE, "pg-admin-requests", "admin-requests.js", "Admin requests")
                        .forRoles(PersonRole.AGENT, PersonRole.TENANT_ADMIN),
                new UiContribution(UiSlot.TICKET_LIST_MARKER, "pg-partner-marker", "marker.js", "Partner-managed"),
                new UiContribution(UiSlot.TICKET_PANEL, "pg-ticket-partners", "ticket-partners.js", "Partner contacts"));
    }

    @Override
    public boolean offers(UiContribution contribution, Tenant tenant, Caller caller) {
        if (!contribution.element().equals(PARTNER_ACCESS) || plugin.settings().bool(tenant, PARTNER_ACCESS_FOR_EVERYONE)) {
            return true;
        }
        var em = plugin.persistence().entityManager(tenant);
        boolean named = !em.createQuery("SELECT g.id FROM PartnerGrant g WHERE (g.subjectKind = :person AND g.subjectId = :personId)"
                        + " OR (g.subjectKind = :organisation AND g.subjectId = :organisationId)", Long.class)
                .setParameter("person", Subject.Kind.PERSON).setParameter("personId", caller.personId())
                .setParameter("organisation", Subject.Kind.ORGANISATION)
                .setParameter("organisationId", caller.organisationId() == null ? -1L : caller.organisationId())
                .setMaxResults(1).getResultList().isEmpty();
        return named || !em.createQuery("SELECT r.id FROM AccessRequest r WHERE r.requesterId = :me", Long.class)
                .setParameter("me", caller.personId()).setMaxResults(1).getResultList().isEmpty();
    }
}
