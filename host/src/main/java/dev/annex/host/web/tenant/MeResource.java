package dev.annex.host.web.tenant;

import dev.annex.host.branding.Brands;
import dev.annex.host.helpdesk.Directory;
import dev.annex.host.helpdesk.Person;
import dev.annex.host.security.Caller;
import dev.annex.host.tenant.TenantContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The signed-in person, their organisation and their help desk. */
@Path("t/{tenant}/me")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    /** Resolved by the authentication filter; declared so the API description names it. */
    @PathParam("tenant")
    String tenant;

    /**
     * @param brand how the person's organisation has the help desk look (null: Annex's own)
     */
    public record Me(PersonView person, OrganisationView organisation, String tenant, BrandView brand) {
    }

    /** @param logoUrl the logo, versioned by its content (null: none) */
    public record BrandView(String displayName, String accentColour, String logoUrl) {
    }

    @Inject
    Caller caller;
    @Inject
    Directory directory;
    @Inject
    TenantContext tenantContext;
    @Inject
    Brands brands;

    @GET
    public Me me() {
        Person person = caller.person();
        OrganisationView organisation = person.organisationId() == null ? null
                : directory.organisation(person.organisationId()).map(OrganisationView::of).orElse(null);
        String slug = tenantContext.current().slug();
        BrandView brand = person.organisationId() == null ? null : brands.summary(person.organisationId())
                .map(b -> new BrandView(b.displayName(), b.accentColour(), b.logoVersion() == null ? null
                        : BrandingResource.logoPath(slug, b.organisationId(), b.logoVersion())))
                .orElse(null);
        return new Me(PersonView.of(person), organisation, slug, brand);
    }
}
