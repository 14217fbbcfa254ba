package dev.annex.plugins.reseller;

import dev.annex.plugin.api.PersonRole;
import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.PluginProblem;
import dev.annex.plugin.api.directory.Invitee;
import dev.annex.plugin.api.helpdesk.OrganisationInfo;
import dev.annex.plugin.api.rest.ApiAnswer;
import dev.annex.plugin.api.rest.PagedList;
import dev.annex.plugin.api.rest.RestContext;
import dev.annex.plugin.api.ui.Brand;
import jakarta.persistence.TypedQuery;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Customers page: the viewer's customers, paged, sorted and searched, with their figures;
 * Add customer (seed 003's wizard), Edit, Delete one or several.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomersResource {

    static final int MAX_PAGE = 50;
    static final int MAX_EXPORT = 10_000;
    private static final Map<String, String> SORTS = Map.of("name", "c.name", "seats", "c.seats",
            "expiry", "c.expiresOn");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final PluginContext plugin;
    private final RestContext context;
    private final Hierarchy hierarchy;
    private final CustomerViews views;

    CustomersResource(PluginContext plugin, RestContext context, Hierarchy hierarchy) {
        this.plugin = plugin;
        this.context = context;
        this.hierarchy = hierarchy;
        this.views = new CustomerViews(hierarchy, plugin, context.tenant());
    }

    private TicketAccess access() {
        return new TicketAccess(plugin, context.tenant(), hierarchy);
    }

    private Hierarchy.Viewer viewer() {
        return hierarchy.viewer(context.caller());
    }

    /** A page in five statements however large: the caller's node and operator row, the count, the page, its SKUs. */
    @GET
    public PagedList<Views.Customer> list(@QueryParam("q") String q, @QueryParam("sort") @DefaultValue("name") String sort,
                                           @QueryParam("dir") @DefaultValue("asc") String dir,
                                           @QueryParam("page") @DefaultValue("0") int page,
                                           @QueryParam("size") @DefaultValue("50") int size) {
        Search search = search(q, sort, dir);
        if (page < 0) {
            throw PluginProblem.invalid("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE) {
            throw PluginProblem.invalid("size", "must be between 1 and " + MAX_PAGE);
        }
        long total = search.query("SELECT COUNT(c) ", "", Long.class).getSingleResult();
        List<Object[]> found = search.query("SELECT c, p.name ", search.order, Object[].class)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
        return new PagedList<>(views.of(found), page, size, total);
    }

    /**
     * The rows the page shows for this search and order, all pages of them (at most
     * {@value #MAX_EXPORT}), as CSV for a spreadsheet.
     */
    // Ids are digits only, so that this path is never taken for a customer's id.
    @GET
    @Path("export")
    @Produces("text/csv")
    public Response export(@QueryParam("q") String q, @QueryParam("sort") @DefaultValue("name") String sort,
                           @QueryParam("dir") @DefaultValue("asc") String dir) {
        Search search = search(q, sort, dir);
        List<Object[]> found = search.query("SELECT c, p.name ", search.order, Object[].class)
                .setMaxResults(MAX_EXPORT).getResultList();
        StringBuilder csv = new StringBuilder("Name,Email,Partner,Seats,Expires,Products,Sites,Assets\r\n");
        for (int from = 0; from < found.size(); from += MAX_PAGE * 10) {
            for (Views.Customer c : views.of(found.subList(from, Math.min(found.size(), from + MAX_PAGE * 10)))) {
                String products = String.join("; ", c.skus().stream().map(s -> s.sku() + " x " + s.quantity()).toList());
                csv.append(Csv.row(c.name(), c.email(), c.partnerName(), String.valueOf(c.seats()),
                        c.expiresOn() == null ? "" : c.expiresOn().toString(), products, String.valueOf(c.sites()),
                        String.valueOf(c.assets())));
            }
        }
        return Response.ok(csv.toString(), "text/csv; charset=UTF-8").header("Content-Disposition", "attachment; filename=\"customers.csv\"").build();
    }

    /** A validated search over the caller's customers: its scope, text filter and order. */
    private record Search(Hierarchy hierarchy, Hierarchy.Viewer viewer, String where, String text, String order) {

        <T> TypedQuery<T> query(String select, String orderBy, Class<T> type) {
            TypedQuery<T> query = Hierarchy.bindScope(hierarchy.em().createQuery(select + where + orderBy, type), viewer);
            return text == null ? query : query.setParameter("q", text);
        }
    }

    private Search search(String q, String sort, String dir) {
        String column = SORTS.get(sort);
        if (column == null) {
            throw PluginProblem.invalid("sort", "must be name, seats or expiry");
        }
        if (!dir.equals("asc") && !dir.equals("desc")) {
            throw PluginProblem.invalid("dir", "must be asc or desc");
        }
        Hierarchy.Viewer viewer = viewer();
        String text = q == null || q.isBlank() ? null : "%" + q.strip().toLowerCase(Locale.ROOT) + "%";
        String where = Hierarchy.customerScope(viewer)
                + (text == null ? "" : " AND (LOWER(c.name) LIKE :q OR LOWER(c.email) LIKE :q)");
        return new Search(hierarchy, viewer, where, text, " ORDER BY " + column + " " + dir + ", c.orgId");
    }

    @GET
    @Path("{id: [0-9]+}")
    public Views.Customer one(@PathParam("id") long id) {
        return views.of(List.<Object[]>of(hierarchy.visibleCustomer(viewer(), id))).get(0);
    }

    /**
     * Add customer: a new organisation in the help desk (with an account number of its own) and
     * its place under the partner. A partner's admins add to their own organisation — the partner
     * is fixed; the tenant's agents name the partner.
     */
    @POST
    public Response create(Inputs.NewCustomer input) {
        if (input == null) {
            throw PluginProblem.invalid("name", "is required");
        }
        long partnerId = partnerOfNewCustomer(input.partnerId());
        String name = Rules.text("name", input.name(), Rules.MAX_CUSTOMER_NAME, true);
        String email = Rules.email(input.email());
        int seats = input.seats() == null ? 0 : Rules.seats(input.seats());
        var expiresOn = Rules.date("expiresOn", input.expiresOn());
        List<Views.Sku> skus = input.skus() == null ? List.of() : Rules.skus(input.skus());
        OrganisationInfo organisation = plugin.helpDesk().createOrganisation(context.tenant(), name, accountNumber());
        OrgNode customer = new OrgNode(organisation.id(), name, Kind.CUSTOMER, partnerId);
        customer.email = email;
        customer.seats = seats;
        customer.expiresOn = expiresOn;
        hierarchy.em().persist(customer);
        replaceSkus(customer.orgId, skus);
        hierarchy.em().flush();
        access().sync(customer.orgId);
        plugin.audit().record(context.tenant(), context.caller().personId(), "customer.created",
                name + " for " + hierarchy.name(partnerId));
        return Response.status(Response.Status.CREATED).entity(one(customer.orgId)).build();
    }

    private long partnerOfNewCustomer(Long named) {
        Hierarchy.Viewer viewer = viewer();
        if (viewer.agent()) {
            if (named == null) {
                throw PluginProblem.invalid("partnerId", "is required: the partner the customer belongs to");
            }
            if (hierarchy.node(named).filter(n -> n.kind == Kind.PARTNER).isEmpty()) {
                throw PluginProblem.invalid("partnerId", "must be a partner");
            }
            return named;
        }
        if (!Hierarchy.mayChange(viewer)) {
            throw PluginProblem.forbidden("Customers are added by their partner's portal Admins");
        }
        long own = viewer.own().orgId;
        if (named != null && named != own) {
            throw PluginProblem.invalid("partnerId", "is fixed: you add customers to your own organisation");
        }
        return own;
    }

    /** Edit: only the fields sent change; a new name renames the help desk's organisation too. */
    @PATCH
    @Path("{id: [0-9]+}")
    public Views.Customer edit(@PathParam("id") long id, Inputs.CustomerChanges input) {
        OrgNode customer = hierarchy.changeableCustomer(viewer(), id);
        if (input == null) {
            return one(id);
        }
        String name = input.name() == null ? null : Rules.text("name", input.name(), Rules.MAX_CUSTOMER_NAME, true);
        String email = input.email() == null ? null : Rules.email(input.email());
        Integer seats = input.seats() == null ? null : Rules.seats(input.seats());
        List<Views.Sku> skus = input.skus() == null ? null : Rules.skus(input.skus());
        if (name != null && !name.equals(customer.name)) {
            customer.name = name;
            plugin.helpDesk().renameOrganisation(context.tenant(), id, name);
        }
        if (email != null) {
            customer.email = email;
        }
        if (seats != null) {
            customer.seats = seats;
        }
        if (input.expiresOn() != null) {
            customer.expiresOn = Rules.date("expiresOn", input.expiresOn());
        }
        if (skus != null) {
            replaceSkus(id, skus);
        }
        hierarchy.em().flush();
        plugin.audit().record(context.tenant(), context.caller().personId(), "customer.changed", customer.name);
        return one(id);
    }

    /**
     * Deletes one or several customers, all or none: every id must be a customer the caller may
     * change. The reseller record goes (its SKUs, sites and assets with it); the help desk's
     * organisation, its people and its tickets stay, so no ticket is lost.
     */
    @POST
    @Path("delete")
    public Map<String, Integer> delete(Inputs.Ids input) {
        List<Long> ids = Rules.ids(input, "customer");
        Hierarchy.Viewer viewer = viewer();
        List<String> names = ids.stream().map(id -> hierarchy.changeableCustomer(viewer, id).name).toList();
        // Refused, not archived: a customer whose people still wait for answers must not vanish from
        // its partner's pages; the reason names each one and its count, and nothing is deleted.
        List<String> waiting = new java.util.ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            long open = plugin.helpDesk().openTicketCount(context.tenant(), ids.get(i));
            if (open > 0) {
                waiting.add(names.get(i) + " (" + open + " open ticket" + (open == 1 ? "" : "s") + ")");
            }
        }
        if (!waiting.isEmpty()) {
            throw PluginProblem.conflict("ids", "Solve or close the open tickets first: " + String.join(", ", waiting));
        }
        var em = hierarchy.em();
        for (String entity : List.of("AssetRow", "SiteRow", "SkuRow")) {
            em.createQuery("DELETE FROM " + entity + " r WHERE r.customerOrgId IN :ids").setParameter("ids", ids)
                    .executeUpdate();
        }
        ids.forEach(access()::drop);
        int deleted = em.createQuery("DELETE FROM OrgNode n WHERE n.kind = :customer AND n.orgId IN :ids")
                .setParameter("customer", Kind.CUSTOMER).setParameter("ids", ids).executeUpdate();
        plugin.audit().record(context.tenant(), context.caller().personId(), "customer.deleted", String.join(", ", names));
        return Map.of("deleted", deleted);
    }

    /**
     * Send activation link: the customer's admin (the customer's email) is added to the customer
     * organisation as its admin, without a password, and the host mails them a one-time link to
     * choose one. Sending again replaces the earlier link.
     */
    @POST
    @Path("{id: [0-9]+}/activation")
    public Views.Customer sendActivation(@PathParam("id") long id) {
        OrgNode customer = hierarchy.changeableCustomer(viewer(), id);
        if (customer.email == null || customer.email.isBlank()) {
            throw PluginProblem.invalid("email", "is needed first: the customer's admin gets the link at it");
        }
        Duration lifetime = plugin.settings().duration(context.tenant(), ResellerPlugin.ACTIVATION_LIFETIME);
        plugin.invitations().invite(context.tenant(), new Invitee(customer.email, customer.name + " administrator",
                customer.orgId, PersonRole.ORGANISATION_ADMIN, lifetime));
        plugin.audit().record(context.tenant(), context.caller().personId(), "customer.activation-sent",
                customer.name + ": " + customer.email);
        return one(id);
    }

    /** The customer's rebrand information, or 404 while it has none. */
    @GET
    @Path("{id: [0-9]+}/branding")
    public Views.CustomerBrand branding(@PathParam("id") long id) {
        hierarchy.visibleCustomer(viewer(), id);
        return plugin.branding().of(context.tenant(), id)
                .map(b -> new Views.CustomerBrand(b.displayName(), b.accentColour(), b.logo() != null))
                .orElseThrow(() -> PluginProblem.notFound("This customer has no branding yet."));
    }

    /**
     * Rebrand information: the name, logo and accent colour the customer's people see the help desk
     * in (the host's per-organisation theming; it checks each value, 422 naming the field).
     */
    @PUT
    @Path("{id: [0-9]+}/branding")
    public Views.CustomerBrand rebrand(@PathParam("id") long id, Inputs.Branding input) {
        OrgNode customer = hierarchy.changeableCustomer(viewer(), id);
        if (input == null) {
            throw PluginProblem.invalid("displayName", "is required");
        }
        Brand.Logo logo;
        if (input.logo() != null && !input.logo().isBlank()) {
            try {
                logo = new Brand.Logo(input.logoType(), Base64.getDecoder().decode(input.logo().strip()));
            } catch (IllegalArgumentException notBase64) {
                throw PluginProblem.invalid("logo", "must be the image's bytes in base64");
            }
        } else if (Boolean.TRUE.equals(input.removeLogo())) {
            logo = null;
        } else {
            logo = plugin.branding().of(context.tenant(), id).map(Brand::logo).orElse(null);
        }
        plugin.branding().set(context.tenant(), id, new Brand(input.displayName(), input.accentColour(), logo));
        plugin.audit().record(context.tenant(), context.caller().personId(), "customer.rebranded", customer.name);
        return branding(id);
    }

    @DELETE
    @Path("{id: [0-9]+}/branding")
    @ApiAnswer(status = 204, description = "The customer's people see the help desk's own look again")
    public Response removeBranding(@PathParam("id") long id) {
        OrgNode customer = hierarchy.changeableCustomer(viewer(), id);
        if (!plugin.branding().clear(context.tenant(), id)) {
            throw PluginProblem.notFound("This customer has no branding.");
        }
        plugin.audit().record(context.tenant(), context.caller().personId(), "customer.branding-removed", customer.name);
        return Response.noContent().build();
    }

    @Path("{id: [0-9]+}/sites")
    public SitesResource sites(@PathParam("id") long id) {
        return new SitesResource(plugin, context, hierarchy, id);
    }

    private void replaceSkus(long customerId, List<Views.Sku> skus) {
        hierarchy.em().createQuery("DELETE FROM SkuRow s WHERE s.customerOrgId = :id").setParameter("id", customerId)
                .executeUpdate();
        skus.forEach(sku -> hierarchy.em().persist(new SkuRow(customerId, sku.sku(), sku.quantity())));
    }

    /** Unguessable and unused: the help desk requires one per organisation, and partners never type it. */
    private static String accountNumber() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return "RH-" + HexFormat.of().withUpperCase().formatHex(bytes);
    }
}
