package dev.annex.plugins.grants;

import dev.annex.plugin.api.ui.UiContribution;
import dev.annex.plugin.api.ui.UiExtension;
import dev.annex.plugin.api.ui.UiSlot;
import java.util.List;
import org.pf4j.Extension;

@Extension
public class GrantsUi implements UiExtension {

    @Override
    public List<UiContribution> contributions() {
        return List.of(
                new UiContribution(UiSlot.PAGE, "pg-my-partners", "my-partners.js", "My partners"),
                new UiContribution(UiSlot.PAGE, "pg-partner-access", "partner-access.js", "Partner access"),
                new UiContribution(UiSlot.TICKET_LIST_MARKER, "pg-partner-marker", "marker.js", "Partner-managed"),
                new UiContribution(UiSlot.TICKET_PANEL, "pg-ticket-partners", "ticket-partners.js", "Partner contacts"));
    }
}
