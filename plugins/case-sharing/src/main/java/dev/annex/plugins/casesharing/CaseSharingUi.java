package dev.annex.plugins.casesharing;

import dev.annex.plugin.api.PersonRole;
import dev.annex.plugin.api.ui.UiContribution;
import dev.annex.plugin.api.ui.UiExtension;
import dev.annex.plugin.api.ui.UiSlot;
import java.util.List;
import org.pf4j.Extension;

/**
 * The ticket's Management panel: the customer's organisation admins share the ticket there; a
 * partner's admins see with whom it is shared.
 */
@Extension
public class CaseSharingUi implements UiExtension {

    @Override
    public List<UiContribution> contributions() {
        return List.of(new UiContribution(UiSlot.TICKET_PANEL, "cs-management", "management.js", "Management")
                .forRoles(PersonRole.ORGANISATION_ADMIN));
    }
}
