package dev.annex.plugins.reseller;

import dev.annex.plugin.api.Caller;
import dev.annex.plugin.api.PersonRole;
import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.Tenant;
import dev.annex.plugin.api.ui.UiContribution;
import dev.annex.plugin.api.ui.UiExtension;
import dev.annex.plugin.api.ui.UiSlot;
import java.util.List;
import org.pf4j.Extension;

/**
 * The Customers, Partners and Operators pages. Which of them a person is offered depends on their
 * organisation's place in the tree, which the host's roles do not know, so {@link #offers} decides
 * (plugin API 1.5.0; older hosts offer them by role, and the pages then say who they are for):
 * agents and tenant admins, who stand above the tree, get Customers and Partners; the people of a
 * partner or distributor get Customers, a distributor's people Partners too, and the portal's
 * Admins (or the organisation admin who will become its first one) Operators. Customers' people
 * and organisations outside the tree get none. Every endpoint still checks the caller itself.
 */
@Extension
public class ResellerUi implements UiExtension {

    static final String CUSTOMERS = "rh-customers";
    static final String PARTNERS = "rh-partners";
    static final String OPERATORS = "rh-operators";

    private final PluginContext plugin;

    public ResellerUi(PluginContext plugin) {
        this.plugin = plugin;
    }

    @Override
    public List<UiContribution> contributions() {
        return List.of(new UiContribution(UiSlot.PAGE, CUSTOMERS, "customers.js", "Customers"),
                new UiContribution(UiSlot.PAGE, PARTNERS, "partners.js", "Partners"),
                new UiContribution(UiSlot.PAGE, OPERATORS, "operators.js", "Operators")
                        .forRoles(PersonRole.ORGANISATION_ADMIN, PersonRole.CONTACT));
    }

    @Override
    public boolean offers(UiContribution contribution, Tenant tenant, Caller caller) {
        if (caller.isAgent()) {
            return !contribution.element().equals(OPERATORS);
        }
        if (caller.organisationId() == null) {
            return false;
        }
        var em = plugin.persistence().entityManager(tenant);
        Kind kind = new Hierarchy(plugin, tenant).node(caller.organisationId()).map(node -> node.kind).orElse(null);
        if (kind != Kind.PARTNER && kind != Kind.DISTRIBUTOR) {
            return false;
        }
        return switch (contribution.element()) {
            case PARTNERS -> kind == Kind.DISTRIBUTOR;
            case OPERATORS -> {
                long admins = em.createQuery("SELECT COUNT(o) FROM Operator o WHERE o.orgId = :org AND o.role = :admin",
                        Long.class).setParameter("org", caller.organisationId())
                        .setParameter("admin", Operator.Role.ADMIN).getSingleResult();
                boolean isAdmin = !em.createQuery("SELECT o.id FROM Operator o WHERE o.orgId = :org AND o.personId = :me"
                                + " AND o.role = :admin", Long.class).setParameter("org", caller.organisationId())
                        .setParameter("me", caller.personId()).setParameter("admin", Operator.Role.ADMIN)
                        .setMaxResults(1).getResultList().isEmpty();
                yield isAdmin || (admins == 0 && caller.isOrganisationAdmin());
            }
            default -> true;
        };
    }
}
