package dev.annex.host.web.tenant;

import dev.annex.host.helpdesk.HelpDeskChoices;
import dev.annex.host.helpdesk.HelpDeskFeeds;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;

/**
 * Which help desk serves the tenant's tickets and whether Annex's copy is current: the ticket UI
 * shows "data may be behind since …" from {@code behindSince} while a fronted help desk's feed
 * cannot be read (lists and tickets are still served from Annex's index then).
 */
@Path("t/{tenant}/help-desk")
@Produces(MediaType.APPLICATION_JSON)
public class HelpDeskStatusResource {

    /** Resolved by the authentication filter; declared so the API description names it. */
    @PathParam("tenant")
    String tenant;

    @Inject
    Instance<HelpDeskChoices> choices;
    @Inject
    Instance<HelpDeskFeeds> feeds;

    /**
     * @param kind         {@code BUILT_IN} or {@code RT}
     * @param behindSince  null while the index is current; else the last moment it was known to be
     */
    public record HelpDeskStatusView(String kind, Instant behindSince) {
    }

    @GET
    public HelpDeskStatusView status() {
        String kind = choices.isResolvable() ? choices.get().current().kind() : "BUILT_IN";
        Instant behind = feeds.isResolvable() ? feeds.get().behindSince().orElse(null) : null;
        return new HelpDeskStatusView(kind, behind);
    }
}
