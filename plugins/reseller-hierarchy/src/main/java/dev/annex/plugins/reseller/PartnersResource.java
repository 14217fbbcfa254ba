package dev.annex.plugins.reseller;

import dev.annex.plugin.api.Caller;
import dev.annex.plugin.api.PluginProblem;
import dev.annex.plugin.api.rest.PagedList;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The Partners page (distributors' people and the tenant's agents) and the agents' distributors
 * list, each row with the totals of the customers below it, rolled up by one grouped query for
 * the whole page.
 */
@Produces(MediaType.APPLICATION_JSON)
public class PartnersResource {

    private final Hierarchy hierarchy;
    private final Caller caller;
    private final Rollups rollups;

    PartnersResource(Hierarchy hierarchy, Caller caller) {
        this.hierarchy = hierarchy;
        this.caller = caller;
        this.rollups = new Rollups(hierarchy);
    }

    @GET
    public PagedList<Views.Partner> list(@QueryParam("page") @DefaultValue("0") int page,
                                          @QueryParam("size") @DefaultValue("50") int size) {
        Hierarchy.Viewer viewer = hierarchy.viewer(caller);
        if (viewer.partner()) {
            throw PluginProblem.forbidden("The Partners page is for distributors' people and the tenant's agents");
        }
        if (page < 0) {
            throw PluginProblem.invalid("page", "must be 0 or more");
        }
        if (size < 1 || size > CustomersResource.MAX_PAGE) {
            throw PluginProblem.invalid("size", "must be between 1 and " + CustomersResource.MAX_PAGE);
        }
        String where = "FROM OrgNode p WHERE p.kind = :partner" + (viewer.distributor() ? " AND p.parentOrgId = :own" : "");
        var count = hierarchy.em().createQuery("SELECT COUNT(p) " + where, Long.class).setParameter("partner", Kind.PARTNER);
        var rows = hierarchy.em().createQuery("SELECT p " + where + " ORDER BY p.name, p.orgId", OrgNode.class)
                .setParameter("partner", Kind.PARTNER);
        if (viewer.distributor()) {
            count.setParameter("own", viewer.own().orgId);
            rows.setParameter("own", viewer.own().orgId);
        }
        long total = count.getSingleResult();
        List<OrgNode> partners = rows.setFirstResult(page * size).setMaxResults(size).getResultList();
        Map<Long, Views.Totals> totals = rollups.perPartner(partners.stream().map(p -> p.orgId).toList());
        Map<Long, String> distributors = names(partners.stream().map(p -> p.parentOrgId)
                .filter(java.util.Objects::nonNull).distinct().toList());
        return new PagedList<>(partners.stream().map(p -> new Views.Partner(p.orgId, p.name, p.parentOrgId,
                distributors.get(p.parentOrgId), totals.getOrDefault(p.orgId, Views.Totals.NONE))).toList(),
                page, size, total);
    }

    /** Distributors with their totals: all of them for agents, a distributor's people their own. */
    @GET
    @Path("distributors")
    public List<Views.Distributor> distributors() {
        Hierarchy.Viewer viewer = hierarchy.viewer(caller);
        if (viewer.partner()) {
            throw PluginProblem.forbidden("Distributors are seen by their own people and the tenant's agents");
        }
        List<OrgNode> distributors = viewer.distributor() ? List.of(viewer.own()) : hierarchy.em()
                .createQuery("SELECT d FROM OrgNode d WHERE d.kind = :d ORDER BY d.name, d.orgId", OrgNode.class)
                .setParameter("d", Kind.DISTRIBUTOR).setMaxResults(CustomersResource.MAX_PAGE).getResultList();
        List<Long> ids = distributors.stream().map(d -> d.orgId).toList();
        Map<Long, Long> partners = rollups.partnersPerDistributor(ids);
        Map<Long, Views.Totals> totals = rollups.perDistributor(ids);
        return distributors.stream().map(d -> new Views.Distributor(d.orgId, d.name, partners.getOrDefault(d.orgId, 0L),
                totals.getOrDefault(d.orgId, Views.Totals.NONE))).toList();
    }

    private Map<Long, String> names(List<Long> orgIds) {
        if (orgIds.isEmpty()) {
            return Map.of();
        }
        return hierarchy.em().createQuery("SELECT n FROM OrgNode n WHERE n.orgId IN :ids", OrgNode.class)
                .setParameter("ids", orgIds).getResultList().stream()
                .collect(Collectors.toMap(n -> n.orgId, n -> n.name, (a, b) -> a));
    }

}
