package dev.annex.host.access;

import dev.annex.host.helpdesk.Viewer;
import dev.annex.host.tenant.TenantEntityManager;
import dev.annex.plugin.api.access.AccessLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;

/** What grants give one viewer on one ticket or on one organisation's tickets: the widest level that counts. */
@ApplicationScoped
public class GrantLevels {

    private static final String WIDEST = "SELECT MAX(g.levelRank) FROM AccessGrantEntity g WHERE "
            + CountingGrants.where("g");

    private final TenantEntityManager entityManager;

    @Inject
    public GrantLevels(TenantEntityManager entityManager) {
        this.entityManager = entityManager;
    }

    protected GrantLevels() {
        this(null);
    }

    /** The level on a ticket of the given organisation ({@link AccessLevel#NONE} when nothing counts). */
    public AccessLevel onTicket(Viewer viewer, long ticketId, Long ticketOrganisationId) {
        if (viewer.grantSources().isEmpty()) {
            return AccessLevel.NONE;
        }
        return widest(viewer, query(viewer, " AND ((g.targetKind = 'TICKET' AND g.targetId = :ticket)"
                + " OR (g.targetKind = 'ORGANISATION_TICKETS' AND g.targetId = :ticketOrganisation))")
                .setParameter("ticket", ticketId)
                .setParameter("ticketOrganisation", ticketOrganisationId == null ? -1L : ticketOrganisationId));
    }

    /** The level on every ticket of an organisation, e.g. to open tickets on its behalf. */
    public AccessLevel onOrganisation(Viewer viewer, long organisationId) {
        if (viewer.grantSources().isEmpty()) {
            return AccessLevel.NONE;
        }
        return widest(viewer, query(viewer, " AND g.targetKind = 'ORGANISATION_TICKETS' AND g.targetId = :target")
                .setParameter("target", organisationId));
    }

    private TypedQuery<Integer> query(Viewer viewer, String target) {
        TypedQuery<Integer> query = entityManager.get().createQuery(WIDEST + target, Integer.class);
        CountingGrants.parameters(viewer).forEach(query::setParameter);
        return query;
    }

    private static AccessLevel widest(Viewer viewer, TypedQuery<Integer> query) {
        Integer rank = query.getSingleResult();
        return rank == null ? AccessLevel.NONE : LevelRanks.level(rank);
    }
}
