package dev.annex.host.access;

import dev.annex.host.helpdesk.Directory;
import dev.annex.host.helpdesk.Person;
import dev.annex.host.helpdesk.Ticket;
import dev.annex.host.helpdesk.TicketStore;
import dev.annex.host.helpdesk.Viewer;
import dev.annex.host.tenant.TenantEntityManager;
import dev.annex.plugin.api.access.AccessLevel;
import dev.annex.plugin.api.access.Grant;
import dev.annex.plugin.api.access.GrantRequest;
import dev.annex.plugin.api.access.Subject;
import dev.annex.plugin.api.access.Target;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import dev.annex.plugin.api.PluginProblem;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stores the grants plugins write, for the current tenant, always within one source plugin: a
 * plugin reads and changes only its own grants. Subjects and targets must exist in the tenant.
 */
@ApplicationScoped
@Transactional
public class GrantStore {

    private final TenantEntityManager entityManager;
    private final Directory directory;
    private final TicketStore tickets;
    private final Viewers viewers;
    private final GrantLevels levels;
    private final Clock clock;

    @Inject
    public GrantStore(TenantEntityManager entityManager, Directory directory, TicketStore tickets, Viewers viewers,
                      GrantLevels levels, Clock clock) {
        this.entityManager = entityManager;
        this.directory = directory;
        this.tickets = tickets;
        this.viewers = viewers;
        this.levels = levels;
        this.clock = clock;
    }

    protected GrantStore() {
        this(null, null, null, null, null, null);
    }

    public Grant grant(String source, GrantRequest request) {
        requireExists(request.subject(), request.target());
        AccessGrantEntity entity = new AccessGrantEntity();
        entity.sourcePlugin = source;
        entity.subjectKind = request.subject().kind().name();
        entity.subjectId = request.subject().id();
        entity.targetKind = request.target().kind().name();
        entity.targetId = request.target().id();
        entity.levelRank = LevelRanks.rank(request.level());
        entity.expiresAt = request.expiresAt();
        entity.createdAt = Instant.now(clock);
        EntityManager em = entityManager.get();
        em.persist(entity);
        em.flush();
        return toGrant(entity);
    }

    public Grant update(String source, long grantId, AccessLevel level, Instant expiresAt) {
        AccessGrantEntity entity = own(source, grantId)
                .orElseThrow(() -> PluginProblem.notFound("No grant " + grantId));
        entity.levelRank = LevelRanks.rank(level);
        entity.expiresAt = expiresAt;
        entityManager.get().flush();
        return toGrant(entity);
    }

    public boolean revoke(String source, long grantId) {
        return entityManager.get().createQuery("DELETE FROM AccessGrantEntity g WHERE g.id = :id AND g.sourcePlugin = :source")
                .setParameter("id", grantId).setParameter("source", source).executeUpdate() > 0;
    }

    public Optional<Grant> find(String source, long grantId) {
        return own(source, grantId).map(GrantStore::toGrant);
    }

    public List<Grant> forSubject(String source, Subject subject) {
        return entityManager.get().createQuery("SELECT g FROM AccessGrantEntity g WHERE g.sourcePlugin = :source"
                        + " AND g.subjectKind = :kind AND g.subjectId = :id ORDER BY g.id", AccessGrantEntity.class)
                .setParameter("source", source).setParameter("kind", subject.kind().name())
                .setParameter("id", subject.id())
                .getResultList().stream().map(GrantStore::toGrant).toList();
    }

    public List<Grant> onTarget(String source, Target target) {
        return entityManager.get().createQuery("SELECT g FROM AccessGrantEntity g WHERE g.sourcePlugin = :source"
                        + " AND g.targetKind = :kind AND g.targetId = :id ORDER BY g.id", AccessGrantEntity.class)
                .setParameter("source", source).setParameter("kind", target.kind().name())
                .setParameter("id", target.id())
                .getResultList().stream().map(GrantStore::toGrant).toList();
    }

    /** The level this source's grants alone give the person on the ticket. */
    public AccessLevel effectiveLevel(String source, long personId, long ticketId) {
        Optional<Person> person = directory.person(personId);
        if (person.isEmpty()) {
            return AccessLevel.NONE;
        }
        var viewer = viewers.of(person.get());
        var onlyThisSource = new Viewer(viewer.personId(), viewer.role(),
                viewer.organisationId(), viewer.grantSources().contains(source) ? List.of(source) : List.of(),
                viewer.at());
        Long organisationId = ticketOrganisation(ticketId);
        return levels.onTicket(onlyThisSource, ticketId, organisationId);
    }

    private Long ticketOrganisation(long ticketId) {
        return tickets.find(ticketId, Viewer.unrestricted()).map(Ticket::organisationId).orElse(null);
    }

    private Optional<AccessGrantEntity> own(String source, long grantId) {
        return entityManager.get().createQuery("SELECT g FROM AccessGrantEntity g WHERE g.id = :id AND g.sourcePlugin = :source",
                        AccessGrantEntity.class)
                .setParameter("id", grantId).setParameter("source", source).getResultStream().findFirst();
    }

    private void requireExists(Subject subject, Target target) {
        boolean subjectExists = switch (subject.kind()) {
            case PERSON -> directory.person(subject.id()).isPresent();
            case ORGANISATION -> directory.organisation(subject.id()).isPresent();
        };
        boolean targetExists = switch (target.kind()) {
            case ORGANISATION_TICKETS -> directory.organisation(target.id()).isPresent();
            case TICKET -> tickets.find(target.id(), Viewer.unrestricted()).isPresent();
        };
        if (!subjectExists) {
            throw PluginProblem.invalid("subject", "no " + subject.kind().name().toLowerCase() + " " + subject.id()
                    + " in this help desk");
        }
        if (!targetExists) {
            throw PluginProblem.invalid("target", "no " + target.kind().name().toLowerCase() + " " + target.id()
                    + " in this help desk");
        }
    }

    private static Grant toGrant(AccessGrantEntity g) {
        return new Grant(g.id, new Subject(Subject.Kind.valueOf(g.subjectKind), g.subjectId),
                new Target(Target.Kind.valueOf(g.targetKind), g.targetId), LevelRanks.level(g.levelRank),
                g.expiresAt, g.createdAt);
    }
}
