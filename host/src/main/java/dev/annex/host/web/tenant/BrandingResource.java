package dev.annex.host.web.tenant;

import dev.annex.host.branding.Brands;
import dev.annex.host.helpdesk.Person;
import dev.annex.host.security.Caller;
import dev.annex.host.web.EntityTags;
import dev.annex.host.web.problem.Problems;
import dev.annex.plugin.api.rest.ApiAnswer;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/**
 * An organisation's logo, for its own people's pages (and the tenant's agents): served as the
 * image type its bytes were checked to be, never sniffed, cached privately by its content.
 */
@Path("t/{tenant}/branding/{organisationId}/logo")
public class BrandingResource {

    /** Resolved by the authentication filter; declared so the API description names it. */
    @PathParam("tenant")
    String tenant;

    @Inject
    Brands brands;
    @Inject
    Caller caller;

    static String logoPath(String tenant, long organisationId, String version) {
        return "/api/t/" + tenant + "/branding/" + organisationId + "/logo?v=" + version.substring(0, 16);
    }

    @GET
    @Produces({"image/png", "image/jpeg", "image/webp"})
    @ApiAnswer(status = 200, description = "The logo (image/png, image/jpeg or image/webp)")
    public Response logo(@PathParam("organisationId") long organisationId,
                         @HeaderParam("If-None-Match") String ifNoneMatch) {
        Person person = caller.person();
        if (!person.role().isAgent() && !Long.valueOf(organisationId).equals(person.organisationId())) {
            throw Problems.notFound("logo of organisation", organisationId);
        }
        Brands.Logo logo = brands.logo(organisationId)
                .orElseThrow(() -> Problems.notFound("logo of organisation", organisationId));
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setMaxAge(3600);
        return EntityTags.conditionalGet(new EntityTag(logo.version()), ifNoneMatch,
                        () -> Response.ok(logo.bytes(), logo.mediaType()).header("X-Content-Type-Options", "nosniff"))
                .cacheControl(cache).build();
    }
}
