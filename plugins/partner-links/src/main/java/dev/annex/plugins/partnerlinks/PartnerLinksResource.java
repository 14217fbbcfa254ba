package dev.annex.plugins.partnerlinks;

import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.helpdesk.OrganisationInfo;
import dev.annex.plugin.api.rest.RestContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The plugin's endpoints: who the caller is here, and the resources for each tab and the invitation. */
@Produces(MediaType.APPLICATION_JSON)
public class PartnerLinksResource {

    private final PluginContext plugin;
    private final RestContext context;
    private final PartnershipBook book;

    PartnerLinksResource(PluginContext plugin, RestContext context) {
        this.plugin = plugin;
        this.context = context;
        this.book = new PartnershipBook(plugin, context.tenant());
    }

    @GET
    @Path("me")
    public Views.Me me() {
        var caller = context.caller();
        String organisation = caller.organisationId() == null ? null : plugin.helpDesk()
                .organisation(context.tenant(), caller.organisationId()).map(OrganisationInfo::name).orElse(null);
        return new Views.Me(caller.organisationId(), organisation,
                caller.isOrganisationAdmin() && caller.organisationId() != null,
                plugin.settings().duration(context.tenant(), PartnerLinksPlugin.LINK_LIFETIME).toString(),
                book.levels(), book.defaultLevel());
    }

    @Path("requests")
    public RequestsResource requests() {
        return new RequestsResource(plugin, context, book);
    }

    @Path("invitation")
    public InvitationResource invitation() {
        return new InvitationResource(plugin, context, book);
    }

    @Path("partnerships")
    public PartnershipsResource partnerships() {
        return new PartnershipsResource(plugin, context, book);
    }
}
