package dev.annex.host.helpdesk.jpa;

import dev.annex.host.helpdesk.Comment;
import dev.annex.host.helpdesk.NewComment;
import dev.annex.host.helpdesk.NewTicket;
import dev.annex.host.helpdesk.Page;
import dev.annex.host.helpdesk.StaleVersionException;
import dev.annex.host.helpdesk.Ticket;
import dev.annex.host.helpdesk.TicketChanges;
import dev.annex.host.helpdesk.TicketQuery;
import dev.annex.host.helpdesk.TicketStatus;
import dev.annex.host.helpdesk.TicketStore;
import dev.annex.host.helpdesk.Viewer;
import dev.annex.host.tenant.TenantContext;
import dev.annex.host.tenant.TenantEntityManager;
import dev.annex.host.tenant.TicketNumbers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/** The built-in, database-backed ticket store. */
@ApplicationScoped
public class JpaTicketStore implements TicketStore {

    private final TenantEntityManager entityManager;
    private final TenantContext tenantContext;
    private final Clock clock;

    @Inject
    public JpaTicketStore(TenantEntityManager entityManager, TenantContext tenantContext, Clock clock) {
        this.entityManager = entityManager;
        this.tenantContext = tenantContext;
        this.clock = clock;
    }

    protected JpaTicketStore() {
        this(null, null, null);
    }

    @Override
    public Page<Ticket> list(TicketQuery query, Viewer viewer) {
        EntityManager em = entityManager.get();
        TicketFilter filter = TicketFilter.forViewer(viewer).with(query);
        long total = filter.bind(em.createQuery("SELECT COUNT(t) FROM TicketEntity t" + filter.where(), Long.class))
                .getSingleResult();
        List<Ticket> items = filter.bind(em.createQuery(
                        "SELECT t FROM TicketEntity t JOIN FETCH t.requester LEFT JOIN FETCH t.organisation"
                                + filter.where() + TicketFilter.orderBy(query.sort()), TicketEntity.class))
                .setFirstResult(query.page().offset())
                .setMaxResults(query.page().size())
                .getResultList().stream().map(TicketEntity::toRecord).toList();
        return new Page<>(items, query.page().page(), query.page().size(), total);
    }

    @Override
    public Optional<Ticket> find(long id, Viewer viewer) {
        TicketFilter filter = TicketFilter.forViewer(viewer).withId(id);
        return filter.bind(entityManager.get().createQuery("SELECT t FROM TicketEntity t" + filter.where(),
                        TicketEntity.class))
                .getResultStream().findFirst().map(TicketEntity::toRecord);
    }

    @Override
    public Ticket create(NewTicket ticket) {
        EntityManager em = entityManager.get();
        TicketEntity entity = new TicketEntity();
        entity.number = TicketNumbers.next(em, tenantContext.current().id());
        entity.subject = ticket.subject();
        entity.description = ticket.description();
        entity.status = TicketStatus.OPEN;
        entity.priority = ticket.priority();
        entity.requester = JpaDirectory.personEntity(em, ticket.requesterId());
        entity.organisation = ticket.organisationId() == null ? null
                : JpaDirectory.organisationEntity(em, ticket.organisationId());
        entity.createdAt = Instant.now(clock);
        entity.updatedAt = entity.createdAt;
        em.persist(entity);
        em.flush();
        return entity.toRecord();
    }

    @Override
    public Ticket update(long id, long expectedVersion, TicketChanges changes) {
        EntityManager em = entityManager.get();
        TicketEntity entity = ticketEntity(em, id);
        if (entity.version != expectedVersion) {
            throw new StaleVersionException(entity.version);
        }
        if (changes.subject() != null) {
            entity.subject = changes.subject();
        }
        if (changes.description() != null) {
            entity.description = changes.description();
        }
        if (changes.status() != null) {
            entity.status = changes.status();
        }
        if (changes.priority() != null) {
            entity.priority = changes.priority();
        }
        entity.updatedAt = Instant.now(clock);
        em.flush();
        return entity.toRecord();
    }

    @Override
    public List<Comment> comments(long ticketId, boolean includeInternal) {
        String visibility = includeInternal ? "" : " AND c.publicVisible = TRUE";
        return entityManager.get().createQuery("SELECT c FROM CommentEntity c JOIN FETCH c.author"
                        + " WHERE c.ticket.id = :ticketId" + visibility + " ORDER BY c.createdAt, c.id",
                        CommentEntity.class)
                .setParameter("ticketId", ticketId)
                .getResultList().stream().map(CommentEntity::toRecord).toList();
    }

    @Override
    public Comment addComment(long ticketId, NewComment comment) {
        EntityManager em = entityManager.get();
        TicketEntity ticket = ticketEntity(em, ticketId);
        Instant now = Instant.now(clock);
        // A comment is no edit of the ticket: its time is recorded without the version check and
        // bump of an entity update, so people commenting at once never fail each other with 409.
        // The row's lock is taken first, before the insert's foreign-key check reads the row, so
        // two commenters queue on it instead of both holding it shared and deadlocking on the upgrade.
        em.createQuery("UPDATE TicketEntity t SET t.updatedAt = :now WHERE t.id = :id AND t.updatedAt < :now")
                .setParameter("now", now)
                .setParameter("id", ticketId)
                .executeUpdate();
        CommentEntity entity = new CommentEntity();
        entity.ticket = ticket;
        entity.author = JpaDirectory.personEntity(em, comment.authorId());
        entity.body = comment.body();
        entity.publicVisible = !comment.internal();
        entity.createdAt = now;
        em.persist(entity);
        em.flush();
        return entity.toRecord();
    }

    @Override
    public List<Long> participants(long ticketId) {
        return entityManager.get().createQuery("SELECT p.personId FROM ParticipantEntity p WHERE p.ticketId = :ticket"
                        + " ORDER BY p.addedAt, p.id", Long.class)
                .setParameter("ticket", ticketId).getResultList();
    }

    @Override
    public boolean addParticipant(long ticketId, long personId) {
        if (participants(ticketId).contains(personId)) {
            return false;
        }
        EntityManager em = entityManager.get();
        Instant now = Instant.now(clock);
        // Like a comment, a new participant is no edit of the ticket's fields: its time is recorded
        // without the version bump, so sharing a ticket never makes someone's If-Match stale.
        em.createQuery("UPDATE TicketEntity t SET t.updatedAt = :now WHERE t.id = :id AND t.updatedAt < :now")
                .setParameter("now", now)
                .setParameter("id", ticketId)
                .executeUpdate();
        ParticipantEntity participant = new ParticipantEntity();
        participant.ticketId = ticketId;
        participant.personId = personId;
        participant.addedAt = now;
        em.persist(participant);
        em.flush();
        return true;
    }

    @Override
    public boolean removeParticipant(long ticketId, long personId) {
        return entityManager.get().createQuery("DELETE FROM ParticipantEntity p WHERE p.ticketId = :ticket"
                        + " AND p.personId = :person")
                .setParameter("ticket", ticketId).setParameter("person", personId).executeUpdate() > 0;
    }

    private static TicketEntity ticketEntity(EntityManager em, long id) {
        return em.createQuery("SELECT t FROM TicketEntity t WHERE t.id = :id", TicketEntity.class)
                .setParameter("id", id)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NoSuchElementException("No ticket " + id));
    }
}
