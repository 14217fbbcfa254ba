package dev.annex.plugins.reseller;

import dev.annex.plugin.api.Caller;
import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.PluginProblem;
import dev.annex.plugin.api.Tenant;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

/**
 * The tree of one tenant and who sees which part of it: the tenant's agents all of it, a
 * distributor's people its partners and their customers, a partner's people its customers.
 * Every lookup by id goes through the caller's part, so an id outside it is "not found" — the
 * same answer as an id that does not exist, here or in another tenant.
 */
final class Hierarchy {

    private final PluginContext plugin;
    private final Tenant tenant;

    Hierarchy(PluginContext plugin, Tenant tenant) {
        this.plugin = plugin;
        this.tenant = tenant;
    }

    /** The caller's place: agents stand above the tree; others by their organisation's node. */
    record Viewer(Caller caller, OrgNode own) {

        boolean agent() {
            return caller.isAgent();
        }

        boolean distributor() {
            return own != null && own.kind == Kind.DISTRIBUTOR;
        }

        boolean partner() {
            return own != null && own.kind == Kind.PARTNER;
        }
    }

    EntityManager em() {
        return plugin.persistence().entityManager(tenant);
    }

    Optional<OrgNode> node(long orgId) {
        return em().createQuery("SELECT n FROM OrgNode n WHERE n.orgId = :org", OrgNode.class)
                .setParameter("org", orgId).getResultStream().findFirst();
    }

    /** The node, locked until the transaction ends: changes of a customer's sites serialise on it. */
    OrgNode lock(OrgNode node) {
        em().lock(node, LockModeType.PESSIMISTIC_WRITE);
        em().refresh(node);
        return node;
    }

    /** The caller as a viewer of the reseller pages; 403 for people of customers and of organisations outside the tree. */
    Viewer viewer(Caller caller) {
        if (caller.isAgent()) {
            return new Viewer(caller, null);
        }
        OrgNode own = caller.organisationId() == null ? null : node(caller.organisationId()).orElse(null);
        if (own == null || own.kind == Kind.CUSTOMER) {
            throw PluginProblem.forbidden("The reseller pages are for the people of partners and distributors");
        }
        return new Viewer(caller, own);
    }

    /** The customers the viewer sees (c) joined with their partner (p): the scope of every customer query. */
    static String customerScope(Viewer viewer) {
        String scope = "FROM OrgNode c, OrgNode p WHERE c.kind = :customer AND p.orgId = c.parentOrgId";
        if (viewer.partner()) {
            return scope + " AND c.parentOrgId = :own";
        }
        if (viewer.distributor()) {
            return scope + " AND p.parentOrgId = :own";
        }
        return scope;
    }

    static <Q extends jakarta.persistence.Query> Q bindScope(Q query, Viewer viewer) {
        query.setParameter("customer", Kind.CUSTOMER);
        if (viewer.own() != null) {
            query.setParameter("own", viewer.own().orgId);
        }
        return query;
    }

    /** A customer the viewer sees, with its partner's name; 404 otherwise. */
    Object[] visibleCustomer(Viewer viewer, long customerId) {
        List<Object[]> found = bindScope(em().createQuery("SELECT c, p.name " + customerScope(viewer)
                + " AND c.orgId = :id", Object[].class), viewer).setParameter("id", customerId).getResultList();
        if (found.isEmpty()) {
            throw PluginProblem.notFound("No customer " + customerId);
        }
        return found.get(0);
    }

    /**
     * A customer the viewer may change, locked: the tenant's agents and the organisation admins
     * of the customer's own partner. Its partner's contacts and its distributor's people see it
     * but get 403.
     */
    OrgNode changeableCustomer(Viewer viewer, long customerId) {
        OrgNode customer = (OrgNode) visibleCustomer(viewer, customerId)[0];
        if (!mayChange(viewer)) {
            throw PluginProblem.forbidden("Only the partner's organisation admins and the tenant's agents change customers");
        }
        return lock(customer);
    }

    static boolean mayChange(Viewer viewer) {
        return viewer.agent() || (viewer.partner() && viewer.caller().isOrganisationAdmin());
    }

    String name(long orgId) {
        return node(orgId).map(n -> n.name).orElse(null);
    }
}
