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

    /**
     * The caller's place: agents stand above the tree; others by their organisation's node and
     * their operator role on the portal (Viewer or Admin).
     */
    record Viewer(Caller caller, OrgNode own, Operator.Role role) {

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

    /**
     * The caller as a viewer of the reseller pages; 403 for people of customers and of
     * organisations outside the tree, and for partners' and distributors' people who are no
     * operators yet (pending: see {@link #operator}).
     */
    Viewer viewer(Caller caller) {
        if (caller.isAgent()) {
            return new Viewer(caller, null, Operator.Role.ADMIN);
        }
        OrgNode own = caller.organisationId() == null ? null : node(caller.organisationId()).orElse(null);
        if (own == null || own.kind == Kind.CUSTOMER) {
            throw PluginProblem.forbidden("The reseller pages are for the people of partners and distributors");
        }
        Operator.Role role = operator(caller, own, false).map(o -> o.role).orElse(Operator.Role.PENDING);
        if (role == Operator.Role.PENDING) {
            throw PluginProblem.forbidden("A portal Admin of your organisation has not activated you yet");
        }
        return new Viewer(caller, own, role);
    }

    /**
     * The caller's operator row in their organisation. An organisation admin of an organisation
     * that has no portal Admin yet becomes its first Admin (someone must be able to activate the
     * others); with {@code recordPending} anyone else is recorded as pending (their visit is what
     * puts them on the Pending operators tab).
     */
    Optional<Operator> operator(Caller caller, OrgNode own, boolean recordPending) {
        Optional<Operator> found = em().createQuery("SELECT o FROM Operator o WHERE o.orgId = :org AND o.personId = :p",
                Operator.class).setParameter("org", own.orgId).setParameter("p", caller.personId()).getResultStream().findFirst();
        if (found.isPresent()) {
            return found;
        }
        boolean firstAdmin = caller.isOrganisationAdmin() && em().createQuery(
                "SELECT COUNT(o) FROM Operator o WHERE o.orgId = :org AND o.role = :admin", Long.class)
                .setParameter("org", own.orgId).setParameter("admin", Operator.Role.ADMIN).getSingleResult() == 0;
        if (!firstAdmin && !recordPending) {
            return Optional.empty();
        }
        Operator operator = new Operator(own.orgId, caller.personId(), firstAdmin ? Operator.Role.ADMIN : Operator.Role.PENDING);
        em().persist(operator);
        em().flush();
        return Optional.of(operator);
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
     * A customer the viewer may change, locked: the tenant's agents and the portal Admins of the
     * customer's own partner. Its partner's Viewers and its distributor's people see it but get 403.
     */
    OrgNode changeableCustomer(Viewer viewer, long customerId) {
        OrgNode customer = (OrgNode) visibleCustomer(viewer, customerId)[0];
        if (!mayChange(viewer)) {
            throw PluginProblem.forbidden("Only the partner's portal Admins and the tenant's agents change customers");
        }
        return lock(customer);
    }

    static boolean mayChange(Viewer viewer) {
        return viewer.agent() || (viewer.partner() && viewer.role() == Operator.Role.ADMIN);
    }

    String name(long orgId) {
        return node(orgId).map(n -> n.name).orElse(null);
    }
}
