package dev.annex.host.access;

import dev.annex.host.helpdesk.Viewer;
import dev.annex.host.tenant.TenantEntityManager;
import dev.annex.plugin.api.access.AccessLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** What grants give one viewer on one ticket or on one organisation's tickets. */
@ApplicationScoped
public class GrantLevels {

    private static final String LIVE_AND_ENABLED = "SELECT g FROM AccessGrantEntity g WHERE g.sourcePlugin IN :sources"
            + " AND g.sourcePlugin IN (SELECT e.pluginId FROM PluginTenantEntity e)"
            + " AND (g.expiresAt IS NULL OR g.expiresAt > :now)"
            + " AND ((g.subjectKind = 'PERSON' AND g.subjectId = :person)"
            + " OR (g.subjectKind = 'ORGANISATION' AND g.subjectId = :organisation))";

    private final TenantEntityManager entityManager;

    @Inject
    public GrantLevels(TenantEntityManager entityManager) {
        this.entityManager = entityManager;
    }

    protected GrantLevels() {
        this(null);
    }

    /** The level on a ticket of the given organisation (null when it has none). */
    public AccessLevel onTicket(Viewer viewer, long ticketId, Long ticketOrganisationId) {
        String target = " AND ((g.targetKind = 'TICKET' AND g.targetId = :ticket)"
                + " OR (g.targetKind = 'ORGANISATION_TICKETS' AND g.targetId = :ticketOrganisation))";
        return level(viewer, target, List.of("ticket", ticketId, "ticketOrganisation",
                ticketOrganisationId == null ? -1L : ticketOrganisationId));
    }

    /** The level on every ticket of an organisation, e.g. to open tickets on its behalf. */
    public AccessLevel onOrganisation(Viewer viewer, long organisationId) {
        return level(viewer, " AND g.targetKind = 'ORGANISATION_TICKETS' AND g.targetId = :target",
                List.of("target", organisationId));
    }

    private AccessLevel level(Viewer viewer, String target, List<Object> targetParameters) {
        if (viewer.grantSources().isEmpty()) {
            return AccessLevel.NONE;
        }
        var query = entityManager.get().createQuery(LIVE_AND_ENABLED + target, AccessGrantEntity.class)
                .setParameter("sources", viewer.grantSources())
                .setParameter("now", viewer.at())
                .setParameter("person", viewer.personId())
                .setParameter("organisation", viewer.organisationId() == null ? -1L : viewer.organisationId());
        for (int i = 0; i < targetParameters.size(); i += 2) {
            query.setParameter((String) targetParameters.get(i), targetParameters.get(i + 1));
        }
        List<GrantRow> rows = query.getResultList().stream()
                .map(g -> new GrantRow(g.sourcePlugin, "PERSON".equals(g.subjectKind), g.targetKind, g.targetId,
                        g.levelRank))
                .toList();
        return GrantPrecedence.effective(rows);
    }
}
