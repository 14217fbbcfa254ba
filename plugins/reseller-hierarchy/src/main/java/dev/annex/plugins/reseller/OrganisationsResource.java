package dev.annex.plugins.reseller;

import dev.annex.plugin.api.PersonRole;
import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.PluginProblem;
import dev.annex.plugin.api.helpdesk.OrganisationInfo;
import dev.annex.plugin.api.rest.AllowedRoles;
import dev.annex.plugin.api.rest.RestContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/** The tenant's agents place organisations in the tree: kind and parent. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@AllowedRoles({PersonRole.TENANT_ADMIN, PersonRole.AGENT})
public class OrganisationsResource {

    private final PluginContext plugin;
    private final RestContext context;
    private final Hierarchy hierarchy;

    OrganisationsResource(PluginContext plugin, RestContext context, Hierarchy hierarchy) {
        this.plugin = plugin;
        this.context = context;
        this.hierarchy = hierarchy;
    }

    @GET
    public List<Views.Node> list() {
        return hierarchy.em().createQuery("SELECT n FROM OrgNode n ORDER BY n.kind, n.name, n.orgId", OrgNode.class)
                .getResultList().stream().map(OrganisationsResource::view).toList();
    }

    /**
     * Places (or moves) an organisation: a distributor under the tenant, a partner under the
     * tenant or a distributor, a customer under a partner. Moving a customer to another partner
     * takes it out of the old partner's (and distributor's) view at once, since every query
     * follows the parent.
     */
    @PUT
    @Path("{orgId}")
    public Response place(@PathParam("orgId") long orgId, Inputs.Placement input) {
        OrganisationInfo organisation = plugin.helpDesk().organisation(context.tenant(), orgId)
                .orElseThrow(() -> PluginProblem.notFound("No organisation " + orgId));
        Kind kind = kind(input == null ? null : input.kind());
        Long parentId = input.parentId();
        checkParent(orgId, kind, parentId);
        OrgNode node = hierarchy.node(orgId).map(hierarchy::lock).orElse(null);
        boolean created = node == null;
        if (created) {
            node = new OrgNode(orgId, organisation.name(), kind, parentId);
            hierarchy.em().persist(node);
        } else {
            if (node.kind != kind) {
                refuseIfAnythingBelow(node);
            }
            node.kind = kind;
            node.parentOrgId = parentId;
            node.name = organisation.name();
        }
        hierarchy.em().flush();
        TicketAccess access = new TicketAccess(plugin, context.tenant(), hierarchy);
        access.sync(orgId);
        if (kind == Kind.PARTNER) {
            access.syncBelow(orgId);
        }
        plugin.audit().record(context.tenant(), context.caller().personId(), "organisation.placed",
                organisation.name() + " as " + kind + (parentId == null ? "" : " under " + hierarchy.name(parentId)));
        return Response.status(created ? Response.Status.CREATED : Response.Status.OK).entity(view(node)).build();
    }

    private static Kind kind(String raw) {
        try {
            return Kind.valueOf(Rules.text("kind", raw, 20, true).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw PluginProblem.invalid("kind", "must be DISTRIBUTOR, PARTNER or CUSTOMER");
        }
    }

    private void checkParent(long orgId, Kind kind, Long parentId) {
        if (parentId != null && parentId == orgId) {
            throw PluginProblem.invalid("parentId", "cannot be the organisation itself");
        }
        Kind parentKind = parentId == null ? null : hierarchy.node(parentId).map(n -> n.kind).orElse(null);
        switch (kind) {
            case DISTRIBUTOR -> {
                if (parentId != null) {
                    throw PluginProblem.invalid("parentId", "must be empty: a distributor sits directly under the tenant");
                }
            }
            case PARTNER -> {
                if (parentId != null && parentKind != Kind.DISTRIBUTOR) {
                    throw PluginProblem.invalid("parentId", "must be a distributor, or empty for a partner under the tenant");
                }
            }
            case CUSTOMER -> {
                if (parentId == null) {
                    throw PluginProblem.invalid("parentId", "is required: a customer always has a partner");
                }
                if (parentKind != Kind.PARTNER) {
                    throw PluginProblem.invalid("parentId", "must be a partner");
                }
            }
        }
    }

    /** A node keeps its kind while anything hangs below it: organisations, or a customer's sites. */
    private void refuseIfAnythingBelow(OrgNode node) {
        long below = hierarchy.em().createQuery("SELECT COUNT(n) FROM OrgNode n WHERE n.parentOrgId = :org", Long.class)
                .setParameter("org", node.orgId).getSingleResult();
        if (below > 0) {
            throw PluginProblem.conflict("kind", "cannot change: " + below + " organisations are below it; move them first");
        }
        if (node.siteCount > 0) {
            throw PluginProblem.conflict("kind", "cannot change: the customer has " + node.siteCount + " sites");
        }
    }

    static Views.Node view(OrgNode node) {
        return new Views.Node(node.orgId, node.name, node.kind, node.parentOrgId);
    }
}
