package dev.annex.plugins.partnerlinks;

import dev.annex.plugin.api.PersonRole;
import dev.annex.plugin.api.ui.UiContribution;
import dev.annex.plugin.api.ui.UiSlot;
import dev.annex.plugin.api.ui.UiExtension;
import java.util.List;
import org.pf4j.Extension;

/**
 * The Partnerships page (tabs Requests and Partnerships, and the invitation a link opens). Also
 * offered to contacts, so that one who follows a link is told why they cannot accept it rather
 * than finding no page; every endpoint checks the caller itself.
 */
@Extension
public class PartnerLinksUi implements UiExtension {

    static final String PAGE = "pl-partnerships";

    @Override
    public List<UiContribution> contributions() {
        return List.of(new UiContribution(UiSlot.PAGE, PAGE, "partnerships.js", "Partnerships")
                .forRoles(PersonRole.ORGANISATION_ADMIN, PersonRole.CONTACT));
    }
}
