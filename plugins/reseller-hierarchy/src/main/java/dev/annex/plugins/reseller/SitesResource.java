package dev.annex.plugins.reseller;

import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.PluginProblem;
import dev.annex.plugin.api.rest.RestContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A customer's sites and, per site, its assets (seed 003). Every change locks the customer's
 * row and keeps its site and asset counts, which the roll-ups add up.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SitesResource {

    private final PluginContext plugin;
    private final RestContext context;
    private final Hierarchy hierarchy;
    private final long customerId;

    SitesResource(PluginContext plugin, RestContext context, Hierarchy hierarchy, long customerId) {
        this.plugin = plugin;
        this.context = context;
        this.hierarchy = hierarchy;
        this.customerId = customerId;
    }

    private Hierarchy.Viewer viewer() {
        return hierarchy.viewer(context.caller());
    }

    @GET
    public List<Views.Site> list() {
        hierarchy.visibleCustomer(viewer(), customerId);
        List<SiteRow> sites = hierarchy.em().createQuery(
                "SELECT s FROM SiteRow s WHERE s.customerOrgId = :c ORDER BY s.name, s.id", SiteRow.class)
                .setParameter("c", customerId).getResultList();
        Map<Long, Long> assets = hierarchy.em().createQuery(
                "SELECT a.siteId, COUNT(a) FROM AssetRow a WHERE a.customerOrgId = :c GROUP BY a.siteId", Object[].class)
                .setParameter("c", customerId).getResultList().stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> ((Number) r[1]).longValue()));
        return sites.stream().map(s -> new Views.Site(s.id, s.name, assets.getOrDefault(s.id, 0L))).toList();
    }

    @POST
    public Response add(Inputs.NewSite input) {
        OrgNode customer = hierarchy.changeableCustomer(viewer(), customerId);
        String name = Rules.text("name", input == null ? null : input.name(), Rules.MAX_NAME, true);
        SiteRow site = new SiteRow(customerId, name);
        hierarchy.em().persist(site);
        customer.siteCount++;
        hierarchy.em().flush();
        plugin.audit().record(context.tenant(), context.caller().personId(), "site.created", name + " of " + customer.name);
        return Response.status(Response.Status.CREATED).entity(new Views.Site(site.id, site.name, 0)).build();
    }

    /** Deletes one or several sites of this customer, with their assets; all or none. */
    @POST
    @Path("delete")
    public Map<String, Integer> delete(Inputs.Ids input) {
        List<Long> ids = Rules.ids(input, "site");
        OrgNode customer = hierarchy.changeableCustomer(viewer(), customerId);
        long own = hierarchy.em().createQuery(
                "SELECT COUNT(s) FROM SiteRow s WHERE s.customerOrgId = :c AND s.id IN :ids", Long.class)
                .setParameter("c", customerId).setParameter("ids", ids).getSingleResult();
        if (own != ids.size()) {
            throw PluginProblem.notFound("Not every site is one of this customer's");
        }
        int assets = hierarchy.em().createQuery("DELETE FROM AssetRow a WHERE a.customerOrgId = :c AND a.siteId IN :ids")
                .setParameter("c", customerId).setParameter("ids", ids).executeUpdate();
        int sites = hierarchy.em().createQuery("DELETE FROM SiteRow s WHERE s.customerOrgId = :c AND s.id IN :ids")
                .setParameter("c", customerId).setParameter("ids", ids).executeUpdate();
        customer.siteCount -= sites;
        customer.assetCount -= assets;
        hierarchy.em().flush();
        plugin.audit().record(context.tenant(), context.caller().personId(), "site.deleted",
                sites + " sites of " + customer.name);
        return Map.of("deleted", sites, "assetsDeleted", assets);
    }

    @GET
    @Path("{siteId}/assets")
    public List<Views.Asset> assets(@PathParam("siteId") long siteId) {
        hierarchy.visibleCustomer(viewer(), customerId);
        site(siteId);
        return hierarchy.em().createQuery("SELECT a FROM AssetRow a WHERE a.siteId = :s ORDER BY a.name, a.id", AssetRow.class)
                .setParameter("s", siteId).getResultList().stream().map(SitesResource::view).toList();
    }

    @POST
    @Path("{siteId}/assets")
    public Response addAsset(@PathParam("siteId") long siteId, Inputs.NewAsset input) {
        OrgNode customer = hierarchy.changeableCustomer(viewer(), customerId);
        SiteRow site = site(siteId);
        if (input == null) {
            throw PluginProblem.invalid("name", "is required");
        }
        AssetRow asset = new AssetRow(site.id, customerId, Rules.text("name", input.name(), Rules.MAX_NAME, true),
                Rules.text("kind", input.kind(), 40, true), Rules.text("identifier", input.identifier(), Rules.MAX_NAME, true));
        hierarchy.em().persist(asset);
        customer.assetCount++;
        hierarchy.em().flush();
        plugin.audit().record(context.tenant(), context.caller().personId(), "asset.created",
                asset.name + " at " + site.name + " of " + customer.name);
        return Response.status(Response.Status.CREATED).entity(view(asset)).build();
    }

    private SiteRow site(long siteId) {
        return hierarchy.em().createQuery("SELECT s FROM SiteRow s WHERE s.id = :s AND s.customerOrgId = :c", SiteRow.class)
                .setParameter("s", siteId).setParameter("c", customerId).getResultStream().findFirst()
                .orElseThrow(() -> PluginProblem.notFound("No site " + siteId + " of this customer"));
    }

    private static Views.Asset view(AssetRow a) {
        return new Views.Asset(a.id, a.siteId, a.name, a.kind, a.identifier);
    }
}
