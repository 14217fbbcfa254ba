package dev.annex.plugins.reseller;

import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.Tenant;
import dev.annex.plugin.api.access.AccessLevel;
import dev.annex.plugin.api.access.Grant;
import dev.annex.plugin.api.access.GrantRequest;
import dev.annex.plugin.api.access.Subject;
import dev.annex.plugin.api.access.Target;
import java.util.List;

/**
 * The optional tenant setting {@code partnerTicketAccess}: when not {@code OFF}, the partner of
 * each customer — and the distributor above that partner — may see and work the customer's
 * tickets at that level, through the host's access grants (which the host folds into its own
 * ticket queries). The grants follow the tree: they are made again whenever a customer is
 * added, placed or moved, or its partner moves, and dropped when it is deleted, so a customer
 * that moves to another partner is gone from the old partner's tickets at once.
 */
final class TicketAccess {

    static final String SETTING = "partnerTicketAccess";
    static final List<String> CHOICES = List.of("OFF", "READ", "COMMENT", "UPDATE");

    private final PluginContext plugin;
    private final Tenant tenant;
    private final Hierarchy hierarchy;

    TicketAccess(PluginContext plugin, Tenant tenant, Hierarchy hierarchy) {
        this.plugin = plugin;
        this.tenant = tenant;
        this.hierarchy = hierarchy;
    }

    private AccessLevel level() {
        String level = plugin.settings().text(tenant, SETTING);
        return level == null || level.equals("OFF") ? AccessLevel.NONE : AccessLevel.valueOf(level);
    }

    /** This customer's grants as the tree and the setting say now. */
    void sync(long customerOrgId) {
        drop(customerOrgId);
        AccessLevel level = level();
        OrgNode customer = hierarchy.node(customerOrgId).filter(n -> n.kind == Kind.CUSTOMER).orElse(null);
        if (level == AccessLevel.NONE || customer == null) {
            return;
        }
        grant(customer.parentOrgId, customerOrgId, level);
        hierarchy.node(customer.parentOrgId).map(partner -> partner.parentOrgId)
                .ifPresent(distributor -> grant(distributor, customerOrgId, level));
    }

    /** Every customer below this partner (after the partner moved to another distributor). */
    void syncBelow(long partnerOrgId) {
        hierarchy.em().createQuery("SELECT c.orgId FROM OrgNode c WHERE c.kind = :customer AND c.parentOrgId = :p", Long.class)
                .setParameter("customer", Kind.CUSTOMER).setParameter("p", partnerOrgId).getResultList().forEach(this::sync);
    }

    /** Every customer of the tenant (the setting changed, or the plugin was turned on). */
    void syncAll() {
        hierarchy.em().createQuery("SELECT c.orgId FROM OrgNode c WHERE c.kind = :customer", Long.class)
                .setParameter("customer", Kind.CUSTOMER).getResultList().forEach(this::sync);
    }

    void drop(long customerOrgId) {
        for (Grant grant : plugin.accessGrants().onTarget(tenant, Target.organisationTickets(customerOrgId))) {
            plugin.accessGrants().revoke(tenant, grant.id());
        }
    }

    private void grant(Long subjectOrgId, long customerOrgId, AccessLevel level) {
        if (subjectOrgId != null) {
            plugin.accessGrants().grant(tenant, new GrantRequest(Subject.organisation(subjectOrgId),
                    Target.organisationTickets(customerOrgId), level, null));
        }
    }
}
