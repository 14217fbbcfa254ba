package dev.annex.plugins.grants;

import dev.annex.plugin.api.rest.ApiAnswer;
import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.PluginProblem;
import dev.annex.plugin.api.access.Subject;
import dev.annex.plugin.api.helpdesk.OrganisationInfo;
import dev.annex.plugin.api.helpdesk.PersonInfo;
import dev.annex.plugin.api.rest.RestContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** "My partners": a customer's organisation admins list, give, edit and revoke grants. */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomerGrantsResource {

    private final PluginContext plugin;
    private final RestContext context;
    private final Callers callers;
    private final GrantBook book;

    CustomerGrantsResource(PluginContext plugin, RestContext context, Callers callers, GrantBook book) {
        this.plugin = plugin;
        this.context = context;
        this.callers = callers;
        this.book = book;
    }

    @GET
    public List<Views.GrantView> list(@QueryParam("customer") Long customer) {
        long customerId = callers.managedCustomer(customer);
        return book.ofCustomer(customerId).stream().map(this::view).toList();
    }

    @POST
    @ApiAnswer(status = 201, body = Views.GrantView.class, description = "Granted")
    public Response create(@QueryParam("customer") Long customer, Inputs.NewGrant input) {
        long customerId = callers.managedCustomer(customer);
        if (input == null) {
            throw PluginProblem.invalid("body", "is required");
        }
        PartnerLevel level = Callers.level(input.level());
        Subject subject = subject(input, customerId);
        PartnerGrant grant = book.create(customerId, subject, level, input.expiresAt(), context.caller().personId());
        return Response.status(Response.Status.CREATED).entity(view(grant)).build();
    }

    @PUT
    @Path("{id}")
    public Views.GrantView change(@PathParam("id") long id, @QueryParam("customer") Long customer,
                                  Inputs.GrantChange input) {
        long customerId = callers.managedCustomer(customer);
        PartnerGrant grant = book.find(customerId, id).orElseThrow(() -> PluginProblem.notFound("No grant " + id));
        if (input == null) {
            throw PluginProblem.invalid("body", "is required");
        }
        PartnerLevel level = input.level() == null ? grant.level : Callers.level(input.level());
        Instant expiresAt = input.expiresAt() == null ? grant.expiresAt : input.expiresAt();
        return view(book.change(grant, level, expiresAt, context.caller().personId()));
    }

    @DELETE
    @Path("{id}")
    @ApiAnswer(status = 204, description = "Revoked")
    public Response revoke(@PathParam("id") long id, @QueryParam("customer") Long customer) {
        long customerId = callers.managedCustomer(customer);
        PartnerGrant grant = book.find(customerId, id).orElseThrow(() -> PluginProblem.notFound("No grant " + id));
        book.revoke(grant, context.caller().personId());
        return Response.noContent().build();
    }

    private Subject subject(Inputs.NewGrant input, long customerId) {
        String kind = input.subjectKind() == null ? "" : input.subjectKind().trim().toUpperCase(Locale.ROOT);
        var helpDesk = plugin.helpDesk();
        var tenant = context.tenant();
        switch (kind) {
            case "ORGANISATION" -> {
                OrganisationInfo partner = (input.subjectId() != null
                        ? helpDesk.organisation(tenant, input.subjectId())
                        : helpDesk.organisationByAccountNumber(tenant, input.accountNumber()))
                        .filter(OrganisationInfo::active)
                        .orElseThrow(() -> PluginProblem.invalid("subject", "names no active organisation of this help desk"));
                if (partner.id() == customerId) {
                    throw PluginProblem.invalid("subject", "is your own organisation");
                }
                return Subject.organisation(partner.id());
            }
            case "PERSON" -> {
                PersonInfo person = (input.subjectId() != null ? helpDesk.person(tenant, input.subjectId())
                        : helpDesk.personByEmail(tenant, input.email()))
                        .filter(PersonInfo::active)
                        .orElseThrow(() -> PluginProblem.invalid("subject", "names no active person of this help desk"));
                if (Objects.equals(person.organisationId(), customerId)) {
                    throw PluginProblem.invalid("subject", "is a contact of your own organisation");
                }
                return Subject.person(person.id());
            }
            default -> throw PluginProblem.invalid("subjectKind", "must be ORGANISATION or PERSON");
        }
    }

    private Views.GrantView view(PartnerGrant g) {
        String customerName = plugin.helpDesk().organisation(context.tenant(), g.customerId).map(o -> o.name()).orElse("?");
        return new Views.GrantView(g.id, g.customerId, customerName, g.subjectKind.name(), g.subjectId,
                book.subjectName(g.subject()), g.level.name(), g.level.label(), g.expiresAt,
                !g.liveAt(book.now()), g.createdAt);
    }
}
