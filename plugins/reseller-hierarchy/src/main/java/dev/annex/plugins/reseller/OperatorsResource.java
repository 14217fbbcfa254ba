package dev.annex.plugins.reseller;

import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.PluginProblem;
import dev.annex.plugin.api.helpdesk.PersonInfo;
import dev.annex.plugin.api.rest.RestContext;
import jakarta.persistence.LockModeType;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Seed 002's Operators page: a partner's or distributor's portal Admins list their organisation's
 * operators and pending operators, activate one as Viewer or Admin, change a role, remove one
 * (who is pending again on their next visit). The last Admin can be neither demoted nor removed.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OperatorsResource {

    private final PluginContext plugin;
    private final RestContext context;
    private final Hierarchy hierarchy;

    OperatorsResource(PluginContext plugin, RestContext context, Hierarchy hierarchy) {
        this.plugin = plugin;
        this.context = context;
        this.hierarchy = hierarchy;
    }

    /** Both tabs: {@code operators} (Viewers and Admins) and {@code pending}. */
    @GET
    public Map<String, List<Views.OperatorView>> list() {
        long org = adminsOrganisation();
        List<Operator> all = hierarchy.em().createQuery("SELECT o FROM Operator o WHERE o.orgId = :org ORDER BY o.id",
                Operator.class).setParameter("org", org).getResultList();
        Map<Long, PersonInfo> people = plugin.helpDesk().people(context.tenant(), all.stream().map(o -> o.personId).toList());
        List<Views.OperatorView> views = all.stream().filter(o -> people.containsKey(o.personId)).map(o -> {
            PersonInfo p = people.get(o.personId);
            return new Views.OperatorView(p.id(), p.displayName(), p.email(), o.role);
        }).toList();
        return Map.of("operators", views.stream().filter(v -> v.role() != Operator.Role.PENDING).toList(),
                "pending", views.stream().filter(v -> v.role() == Operator.Role.PENDING).toList());
    }

    /** Activates a pending operator with a role, or changes an operator's role. */
    @PUT
    @Path("{personId}")
    public Views.OperatorView setRole(@PathParam("personId") long personId, Inputs.OperatorRole input) {
        long org = adminsOrganisation();
        Operator.Role role = role(input == null ? null : input.role());
        Operator operator = operator(org, personId);
        if (operator.role == Operator.Role.ADMIN && role != Operator.Role.ADMIN) {
            refuseLastAdmin(org);
        }
        operator.role = role;
        hierarchy.em().flush();
        PersonInfo person = plugin.helpDesk().person(context.tenant(), personId).orElseThrow();
        plugin.audit().record(context.tenant(), context.caller().personId(), "operator.role",
                person.email() + " is " + role + " of " + hierarchy.name(org));
        return new Views.OperatorView(person.id(), person.displayName(), person.email(), role);
    }

    @DELETE
    @Path("{personId}")
    public Map<String, Boolean> remove(@PathParam("personId") long personId) {
        long org = adminsOrganisation();
        Operator operator = operator(org, personId);
        if (operator.role == Operator.Role.ADMIN) {
            refuseLastAdmin(org);
        }
        hierarchy.em().remove(operator);
        plugin.audit().record(context.tenant(), context.caller().personId(), "operator.removed",
                "person " + personId + " of " + hierarchy.name(org));
        return Map.of("removed", true);
    }

    /** The caller's organisation, if they are one of its portal Admins; 403 otherwise. */
    private long adminsOrganisation() {
        Hierarchy.Viewer viewer = hierarchy.viewer(context.caller());
        if (viewer.own() == null || viewer.role() != Operator.Role.ADMIN) {
            throw PluginProblem.forbidden("Only the organisation's portal Admins manage its operators");
        }
        return viewer.own().orgId;
    }

    private Operator operator(long org, long personId) {
        return hierarchy.em().createQuery("SELECT o FROM Operator o WHERE o.orgId = :org AND o.personId = :p", Operator.class)
                .setParameter("org", org).setParameter("p", personId).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst()
                .orElseThrow(() -> PluginProblem.notFound("No operator " + personId + " of your organisation"));
    }

    /** Under a lock on the organisation's Admins, so two Admins demoting each other cannot leave none. */
    private void refuseLastAdmin(long org) {
        long admins = hierarchy.em().createQuery("SELECT o FROM Operator o WHERE o.orgId = :org AND o.role = :admin",
                        Operator.class).setParameter("org", org).setParameter("admin", Operator.Role.ADMIN)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().size();
        if (admins <= 1) {
            throw PluginProblem.conflict("role", "the organisation's last Admin cannot be removed or made a Viewer");
        }
    }

    private static Operator.Role role(String raw) {
        String role = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        if (!role.equals("VIEWER") && !role.equals("ADMIN")) {
            throw PluginProblem.invalid("role", "must be VIEWER or ADMIN");
        }
        return Operator.Role.valueOf(role);
    }
}
