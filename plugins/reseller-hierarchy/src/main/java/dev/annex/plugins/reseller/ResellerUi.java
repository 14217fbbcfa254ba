package dev.annex.plugins.reseller;

import dev.annex.plugin.api.PersonRole;
import dev.annex.plugin.api.ui.UiContribution;
import dev.annex.plugin.api.ui.UiExtension;
import dev.annex.plugin.api.ui.UiSlot;
import java.util.List;
import org.pf4j.Extension;

/**
 * The Customers and Partners pages. Offered to every role because what a person sees depends on
 * their organisation's place in the tree, which the host's roles do not know: the pages ask
 * {@code me} and the endpoints decide.
 */
@Extension
public class ResellerUi implements UiExtension {

    static final String CUSTOMERS = "rh-customers";
    static final String PARTNERS = "rh-partners";
    static final String OPERATORS = "rh-operators";

    @Override
    public List<UiContribution> contributions() {
        return List.of(new UiContribution(UiSlot.PAGE, CUSTOMERS, "customers.js", "Customers"),
                new UiContribution(UiSlot.PAGE, PARTNERS, "partners.js", "Partners"),
                new UiContribution(UiSlot.PAGE, OPERATORS, "operators.js", "Operators")
                        .forRoles(PersonRole.ORGANISATION_ADMIN, PersonRole.CONTACT));
    }
}
