package dev.annex.plugins.reseller;

import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.helpdesk.OrganisationInfo;
import dev.annex.plugin.api.rest.RestContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;

/** The plugin's endpoints: who the caller is here, and the resources of the tree. */
@Produces(MediaType.APPLICATION_JSON)
public class ResellerResource {

    private final PluginContext plugin;
    private final RestContext context;
    private final Hierarchy hierarchy;

    ResellerResource(PluginContext plugin, RestContext context) {
        this.plugin = plugin;
        this.context = context;
        this.hierarchy = new Hierarchy(plugin, context.tenant());
    }

    /** Answered to everyone (the pages ask it first to say why there is nothing to see). */
    @GET
    @Path("me")
    public Views.Me me() {
        var caller = context.caller();
        if (caller.isAgent()) {
            return new Views.Me(true, null, null, null, Operator.Role.ADMIN, true,
                    List.of(ResellerUi.CUSTOMERS, ResellerUi.PARTNERS));
        }
        OrgNode own = caller.organisationId() == null ? null : hierarchy.node(caller.organisationId()).orElse(null);
        String name = caller.organisationId() == null ? null : plugin.helpDesk()
                .organisation(context.tenant(), caller.organisationId()).map(OrganisationInfo::name).orElse(null);
        Kind kind = own == null ? null : own.kind;
        boolean portal = kind == Kind.PARTNER || kind == Kind.DISTRIBUTOR;
        // Opening the portal is what puts a partner's or distributor's person on the Pending tab.
        Operator.Role role = portal ? hierarchy.operator(caller, own, true).map(o -> o.role).orElseThrow() : null;
        List<String> pages = new ArrayList<>();
        if (portal && role != Operator.Role.PENDING) {
            pages.add(ResellerUi.CUSTOMERS);
            if (kind == Kind.DISTRIBUTOR) {
                pages.add(ResellerUi.PARTNERS);
            }
            if (role == Operator.Role.ADMIN) {
                pages.add(ResellerUi.OPERATORS);
            }
        }
        boolean canChange = kind == Kind.PARTNER && role == Operator.Role.ADMIN;
        return new Views.Me(false, caller.organisationId(), name, kind, role, canChange, pages);
    }

    @Path("organisations")
    public OrganisationsResource organisations() {
        return new OrganisationsResource(plugin, context, hierarchy);
    }

    // Sub-resource locators run before the request's transaction begins: the resources read the
    // caller's place in the tree in their methods, not here.

    @Path("customers")
    public CustomersResource customers() {
        return new CustomersResource(plugin, context, hierarchy);
    }

    @Path("operators")
    public OperatorsResource operators() {
        return new OperatorsResource(plugin, context, hierarchy);
    }

    @Path("partners")
    public PartnersResource partners() {
        return new PartnersResource(hierarchy, context.caller());
    }
}
