package dev.annex.plugins.grants;

import dev.annex.plugin.api.PersonRole;
import dev.annex.plugin.api.ui.UiContribution;
import dev.annex.plugin.api.ui.UiExtension;
import dev.annex.plugin.api.ui.UiSlot;
import java.util.List;
import org.pf4j.Extension;

/**
 * The plugin's pages, panel and marker. Pages name the roles they are for, so the navigation
 * offers each only to the people it serves; every endpoint still checks the caller itself.
 */
@Extension
public class GrantsUi implements UiExtension {

    @Override
    public List<UiContribution> contributions() {
        return List.of(
                // A customer's contact managers; tenant admins use the API with ?customer=.
                new UiContribution(UiSlot.PAGE, "pg-my-partners", "my-partners.js", "My partners")
                        .forRoles(PersonRole.ORGANISATION_ADMIN),
                // Partner contacts, and agents a customer named as consultants. Tenant admins
                // already manage every organisation, so a grant gives them nothing to see here.
                new UiContribution(UiSlot.PAGE, "pg-partner-access", "partner-access.js", "Partner access")
                        .forRoles(PersonRole.CONTACT, PersonRole.ORGANISATION_ADMIN, PersonRole.AGENT),
                new UiContribution(UiSlot.PAGE, "pg-admin-requests", "admin-requests.js", "Admin requests")
                        .forRoles(PersonRole.AGENT, PersonRole.TENANT_ADMIN),
                new UiContribution(UiSlot.TICKET_LIST_MARKER, "pg-partner-marker", "marker.js", "Partner-managed"),
                new UiContribution(UiSlot.TICKET_PANEL, "pg-ticket-partners", "ticket-partners.js", "Partner contacts"));
    }
}
