package dev.annex.plugins.casesharing;

import dev.annex.plugin.api.Caller;
import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.PluginProblem;
import dev.annex.plugin.api.helpdesk.OrganisationInfo;
import dev.annex.plugin.api.helpdesk.TicketInfo;
import dev.annex.plugin.api.rest.RestContext;
import dev.annex.plugins.partnerlinks.api.Partnership;
import dev.annex.plugins.partnerlinks.api.Partnerships;
import dev.annex.plugins.partnerlinks.api.Terms;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A ticket's share: read by anyone who can see the ticket, changed by the organisation admins of
 * the ticket's organisation. The partner's access is the host's grant; nothing here filters lists.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseSharingResource {

    /** Statuses of a ticket that is still being worked: the source product shares open cases only. */
    static final Set<String> OPEN = Set.of("OPEN", "PENDING", "ON_HOLD");
    private static final String SHARE = "tickets/{ticketId}/share";

    private final PluginContext plugin;
    private final RestContext context;
    private final ShareBook book;

    CaseSharingResource(PluginContext plugin, RestContext context) {
        this.plugin = plugin;
        this.context = context;
        this.book = new ShareBook(plugin, context.tenant());
    }

    @GET
    @Path(SHARE)
    public Views.Panel panel(@PathParam("ticketId") long ticketId) {
        TicketInfo ticket = visible(ticketId);
        boolean manages = manages(ticket);
        Terms terms = terms();
        List<Views.Eligible> eligible = manages ? eligible(ticket) : List.of();
        return new Views.Panel(manages, OPEN.contains(ticket.status()), book.ofTicket(ticketId).map(book::view).orElse(null),
                eligible, terms.text(), terms.version());
    }

    /** Shares the ticket with a partner, or moves the share to another; immediate, audited. */
    @PUT
    @Path(SHARE)
    public Views.ShareView share(@PathParam("ticketId") long ticketId, Inputs.Share input) {
        TicketInfo ticket = managed(ticketId);
        if (!OPEN.contains(ticket.status())) {
            throw PluginProblem.conflict("status", "only an open ticket can be shared; this one is "
                    + ticket.status().toLowerCase());
        }
        if (input == null || input.partnerId() == null) {
            throw PluginProblem.invalid("partnerId", "is required: the partner to share with");
        }
        if (input.termsVersion() == null || input.termsVersion().isBlank()) {
            throw PluginProblem.invalid("termsVersion", "is required: the version of the sharing terms you accept");
        }
        Partnership partnership = partnerships().activeForCustomer(context.tenant(), ticket.organisationId()).stream()
                .filter(p -> p.partnerId() == input.partnerId()).findFirst()
                .orElseThrow(() -> PluginProblem.invalid("partnerId", "is not a partner of your organisation"));
        String version = terms().version();
        if (!version.equals(input.termsVersion().trim())) {
            throw PluginProblem.conflict("termsVersion", "the sharing terms have changed since you read them; read them again");
        }
        Optional<CaseShare> existing = book.lockOfTicket(ticketId);
        if (existing.isPresent() && existing.get().partnershipId == partnership.id()) {
            return book.view(existing.get());
        }
        return book.view(book.share(ticket, existing, partnership, version, context.caller().personId()));
    }

    @DELETE
    @Path(SHARE)
    public Views.Panel remove(@PathParam("ticketId") long ticketId) {
        TicketInfo ticket = managed(ticketId);
        CaseShare share = book.lockOfTicket(ticketId)
                .orElseThrow(() -> PluginProblem.notFound("Ticket " + ticketId + " is not shared"));
        book.remove(ticket, share, context.caller().personId(), "");
        return panel(ticketId);
    }

    private List<Views.Eligible> eligible(TicketInfo ticket) {
        return partnerships().activeForCustomer(context.tenant(), ticket.organisationId()).stream().map(p -> {
            Optional<OrganisationInfo> partner = plugin.helpDesk().organisation(context.tenant(), p.partnerId());
            return new Views.Eligible(p.partnerId(), partner.map(OrganisationInfo::name).orElse("(removed)"),
                    partner.map(OrganisationInfo::accountNumber).orElse(null), p.id(), p.defaultLevel().name(),
                    Partnership.label(p.defaultLevel()));
        }).sorted(java.util.Comparator.comparing(Views.Eligible::name)).toList();
    }

    private Partnerships partnerships() {
        return plugin.services().fromDependency(context.tenant(), Partnerships.class)
                .orElseThrow(() -> PluginProblem.conflict(null, "Partnerships are not available: the partner-links "
                        + "plugin is off for this help desk."));
    }

    private Terms terms() {
        return Terms.of(plugin.settings().text(context.tenant(), CaseSharingPlugin.TERMS));
    }

    /** The ticket, if the caller can see it; 404 exactly as if it did not exist otherwise. */
    private TicketInfo visible(long ticketId) {
        return plugin.helpDesk().ticket(context.tenant(), ticketId)
                .filter(t -> plugin.helpDesk().canSee(context.tenant(), context.caller().personId(), t.id()))
                .orElseThrow(() -> PluginProblem.notFound("No ticket " + ticketId));
    }

    private TicketInfo managed(long ticketId) {
        TicketInfo ticket = visible(ticketId);
        if (!manages(ticket)) {
            throw PluginProblem.forbidden("Only the organisation admins of the ticket's organisation share it with partners.");
        }
        return ticket;
    }

    private boolean manages(TicketInfo ticket) {
        Caller caller = context.caller();
        return caller.isOrganisationAdmin() && ticket.organisationId() != null
                && Objects.equals(caller.organisationId(), ticket.organisationId());
    }
}
