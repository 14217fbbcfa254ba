package dev.annex.plugins.partnerlinks;

import dev.annex.plugin.api.rest.ApiAnswer;
import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.PluginProblem;
import dev.annex.plugin.api.access.AccessLevel;
import dev.annex.plugin.api.helpdesk.OrganisationInfo;
import dev.annex.plugin.api.helpdesk.PersonInfo;
import dev.annex.plugin.api.links.SecretLink;
import dev.annex.plugin.api.mail.Mail;
import dev.annex.plugins.partnerlinks.api.Terms;
import dev.annex.plugin.api.rest.RestContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The customer's side of a link: open it (confirm the partner, read the terms), then accept or
 * decline. The secret travels in the body. Whatever is wrong with a secret — mistyped, used,
 * revoked, expired — the answer is the same 404, and the host throttles the person asking.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvitationResource {

    static final String NOT_VALID = "This link is not valid. It may be mistyped, used already, revoked or expired: "
            + "ask your partner for a new one.";

    private final PluginContext plugin;
    private final RestContext context;
    private final PartnershipBook book;

    InvitationResource(PluginContext plugin, RestContext context, PartnershipBook book) {
        this.plugin = plugin;
        this.context = context;
        this.book = book;
    }

    /** What the link is: who the partner is and the terms, without using the link up. */
    @POST
    @Path("open")
    public Views.InvitationView open(Inputs.Secret input) {
        CollaborationRequest request = look(secret(input == null ? null : input.secret()));
        customer(request);
        OrganisationInfo partner = organisation(request.partnerId);
        Terms terms = book.terms();
        return new Views.InvitationView(request.name, partner.id(), partner.name(), partner.accountNumber(),
                request.expiresAt, terms.text(), terms.version(), book.levels(), book.defaultLevel());
    }

    /**
     * Accepts: the link is used up and the partnership made in one transaction. Of two accepts of
     * one link at the same moment, the host's redemption lets exactly one through.
     */
    @POST
    @Path("accept")
    @ApiAnswer(status = 201, body = Views.PartnershipView.class, description = "Accepted: the partnership")
    public Response accept(Inputs.Acceptance input) {
        if (input == null) {
            throw PluginProblem.invalid("secret", "is required");
        }
        String secret = secret(input.secret());
        AccessLevel level = Levels.parse("level", input.level() == null ? book.defaultLevel() : input.level());
        if (input.termsVersion() == null || input.termsVersion().isBlank()) {
            throw PluginProblem.invalid("termsVersion", "is required: the version of the terms you accept");
        }
        CollaborationRequest request = look(secret);
        long customer = customer(request);
        Terms terms = book.terms();
        if (!terms.version().equals(input.termsVersion().trim())) {
            throw PluginProblem.conflict("termsVersion", "the terms have changed since you read them; read them again");
        }
        // Used up first: of two accepts at once the loser is then told the link is not valid,
        // never that the winner's partnership exists. A refusal below rolls the redemption back.
        redeem(secret);
        if (book.activeBetween(request.partnerId, customer).isPresent()) {
            throw PluginProblem.conflict(null, "Your organisation is a partner of " + book.name(request.partnerId)
                    + " already.");
        }
        long me = context.caller().personId();
        PartnershipRow partnership = new PartnershipRow(request.partnerId, customer, level, request.id, terms.version(),
                me, book.now());
        book.em().persist(partnership);
        request.decide(CollaborationRequest.Outcome.ACCEPTED, customer, me, book.now());
        book.em().flush();
        plugin.audit().record(context.tenant(), me, "partnership.accepted", book.name(customer) + " accepted \""
                + request.name + "\" from " + book.name(request.partnerId) + ": default access " + Levels.label(level)
                + ", terms " + terms.version());
        tellRequester(request, "accepted", book.name(customer) + " accepted your collaboration request \""
                + request.name + "\". You are partners now, with default access " + Levels.label(level)
                + " to the cases they share with you.");
        return Response.status(Response.Status.CREATED).entity(book.view(partnership, customer)).build();
    }

    @POST
    @Path("decline")
    public Views.RequestView decline(Inputs.Secret input) {
        String secret = secret(input == null ? null : input.secret());
        CollaborationRequest request = look(secret);
        long customer = customer(request);
        redeem(secret);
        request.decide(CollaborationRequest.Outcome.DECLINED, customer, context.caller().personId(), book.now());
        book.em().flush();
        plugin.audit().record(context.tenant(), context.caller().personId(), "link.declined", book.name(customer)
                + " declined \"" + request.name + "\" from " + book.name(request.partnerId));
        tellRequester(request, "declined", book.name(customer) + " declined your collaboration request \""
                + request.name + "\". Send a new link if you still want to work together.");
        return book.view(request);
    }

    private CollaborationRequest look(String secret) {
        SecretLink link = plugin.secretLinks().check(context.tenant(), RequestsResource.PURPOSE, secret)
                .orElseThrow(() -> PluginProblem.notFound(NOT_VALID));
        return book.requestByLink(link.id()).orElseThrow(() -> PluginProblem.notFound(NOT_VALID));
    }

    private void redeem(String secret) {
        plugin.secretLinks().redeem(context.tenant(), RequestsResource.PURPOSE, secret)
                .orElseThrow(() -> PluginProblem.notFound(NOT_VALID));
    }

    /** The customer organisation the caller would accept for; 403 saying why not. */
    private long customer(CollaborationRequest request) {
        long organisation;
        try {
            organisation = Admins.organisationOf(context.caller());
        } catch (PluginProblem notAdmin) {
            throw PluginProblem.forbidden("Only an organisation admin can accept or decline a partnership for their "
                    + "organisation. Please forward this link to your organisation's admin.");
        }
        if (organisation == request.partnerId) {
            throw PluginProblem.forbidden("This link comes from your own organisation, "
                    + book.name(organisation) + ": send it to your customer's organisation admin.");
        }
        return organisation;
    }

    private OrganisationInfo organisation(long id) {
        return plugin.helpDesk().organisation(context.tenant(), id).orElseThrow(() -> PluginProblem.notFound(NOT_VALID));
    }

    private void tellRequester(CollaborationRequest request, String outcome, String text) {
        plugin.helpDesk().person(context.tenant(), request.createdBy).filter(PersonInfo::active).ifPresent(p ->
                plugin.outbox().queue(context.tenant(), new Mail(p.email(),
                        "Collaboration request \"" + request.name + "\" was " + outcome, text)));
    }

    private static String secret(String secret) {
        if (secret == null || secret.isBlank()) {
            throw PluginProblem.invalid("secret", "is required: the code at the end of the link");
        }
        return secret.trim();
    }
}
