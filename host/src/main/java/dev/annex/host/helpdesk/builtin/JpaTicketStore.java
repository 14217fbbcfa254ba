package dev.annex.host.helpdesk.builtin;

import dev.annex.host.helpdesk.BuiltIn;
import dev.annex.host.helpdesk.ChangeFeed;
import dev.annex.host.helpdesk.Comment;
import dev.annex.host.helpdesk.NewComment;
import dev.annex.host.helpdesk.NewTicket;
import dev.annex.host.page.Page;
import dev.annex.host.helpdesk.StaleVersionException;
import dev.annex.host.helpdesk.Ticket;
import dev.annex.host.helpdesk.TicketChanged;
import dev.annex.host.helpdesk.TicketChanges;
import dev.annex.host.helpdesk.TicketQuery;
import dev.annex.host.helpdesk.TicketStatus;
import dev.annex.host.helpdesk.TicketStore;
import dev.annex.host.helpdesk.Viewer;
import dev.annex.host.helpdesk.index.TicketIndexFilter;
import dev.annex.host.helpdesk.index.TicketIndexReads;
import dev.annex.host.helpdesk.index.UpdateReports;
import dev.annex.host.tenant.TenantContext;
import dev.annex.host.tenant.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/** The built-in, database-backed ticket store ({@link BuiltIn}: the port picks it per tenant). */
@ApplicationScoped
@BuiltIn
public class JpaTicketStore implements TicketStore {

    /** Reads with the shared access filter; the built-in tickets join their requester and organisation. */
    private static final TicketIndexReads<TicketEntity> READS = new TicketIndexReads<>(TicketEntity.class,
            " JOIN FETCH t.requester LEFT JOIN FETCH t.organisation",
            new TicketIndexFilter.Index("t.requester.id", "ParticipantEntity"), TicketEntity::toRecord);

    private final TenantEntityManager entityManager;
    private final TenantContext tenantContext;
    private final ChangeFeed changes;
    private final Clock clock;

    @Inject
    public JpaTicketStore(TenantEntityManager entityManager, TenantContext tenantContext, ChangeFeed changes,
                          Clock clock) {
        this.entityManager = entityManager;
        this.tenantContext = tenantContext;
        this.changes = changes;
        this.clock = clock;
    }

    protected JpaTicketStore() {
        this(null, null, null, null);
    }

    @Override
    public Page<Ticket> list(TicketQuery query, Viewer viewer) {
        return READS.list(entityManager.get(), query, viewer);
    }

    @Override
    public Optional<Ticket> find(long id, Viewer viewer) {
        return READS.find(entityManager.get(), id, viewer);
    }

    @Override
    public void tenantCreated() {
        TicketNumbers.start(entityManager.get(), tenantContext.current().id());
    }

    @Override
    public Ticket create(NewTicket ticket, Long actorId) {
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
        Ticket created = entity.toRecord();
        changes.ticketChanged(TicketChanged.created(created.id(), created.number(), actorId));
        return created;
    }

    @Override
    public Ticket update(long id, long expectedVersion, TicketChanges fields, String explanation, Long actorId) {
        EntityManager em = entityManager.get();
        TicketEntity entity = ticketEntity(em, id);
        if (entity.version != expectedVersion) {
            throw new StaleVersionException(entity.version);
        }
        Ticket before = entity.toRecord();
        if (fields.subject() != null) {
            entity.subject = fields.subject();
        }
        if (fields.description() != null) {
            entity.description = fields.description();
        }
        if (fields.status() != null) {
            entity.status = fields.status();
        }
        if (fields.priority() != null) {
            entity.priority = fields.priority();
        }
        entity.updatedAt = Instant.now(clock);
        em.flush();
        Ticket after = entity.toRecord();
        Comment reason = explanation == null ? null : insertComment(em, entity, new NewComment(actorId, explanation, false));
        UpdateReports.report(changes, before, after, reason, actorId);
        return after;
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
        Comment added = insertComment(em, ticketEntity(em, ticketId), comment);
        changes.ticketChanged(TicketChanged.commented(ticketId, added.id(), added.internal(), comment.authorId()));
        return added;
    }

    private Comment insertComment(EntityManager em, TicketEntity ticket, NewComment comment) {
        long ticketId = ticket.id;
        Instant now = Instant.now(clock);
        // A comment is no edit of the ticket: its time is recorded without the version check and
        // bump of an entity update, so people commenting at once never fail each other with 409.
        // The row's lock is taken first, before the insert's foreign-key check reads the row, so
        // two commenters queue on it instead of both holding it shared and deadlocking on the upgrade.
        touch(em, ticketId, now);
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
    public boolean addParticipant(long ticketId, long personId, Long actorId) {
        if (participants(ticketId).contains(personId)) {
            return false;
        }
        EntityManager em = entityManager.get();
        Instant now = Instant.now(clock);
        // Like a comment, a new participant is no edit of the ticket's fields: its time is recorded
        // without the version bump, so sharing a ticket never makes someone's If-Match stale.
        touch(em, ticketId, now);
        ParticipantEntity participant = new ParticipantEntity();
        participant.ticketId = ticketId;
        participant.personId = personId;
        participant.addedAt = now;
        em.persist(participant);
        em.flush();
        changes.ticketChanged(TicketChanged.participantAdded(ticketId, personId, actorId));
        return true;
    }

    @Override
    public boolean removeParticipant(long ticketId, long personId, Long actorId) {
        boolean removed = entityManager.get().createQuery("DELETE FROM ParticipantEntity p WHERE p.ticketId = :ticket"
                        + " AND p.personId = :person")
                .setParameter("ticket", ticketId).setParameter("person", personId).executeUpdate() > 0;
        if (removed) {
            changes.ticketChanged(TicketChanged.participantRemoved(ticketId, personId, actorId));
        }
        return removed;
    }

    /**
     * Records that something happened on the ticket (its UPDATED_AT) without touching its version.
     * Native SQL on purpose: EclipseLink increments the @Version column in a JPQL bulk UPDATE too.
     */
    private static void touch(EntityManager em, long ticketId, Instant now) {
        em.createNativeQuery("UPDATE TICKET SET UPDATED_AT = ? WHERE ID = ? AND UPDATED_AT < ?")
                .setParameter(1, java.sql.Timestamp.from(now))
                .setParameter(2, ticketId)
                .setParameter(3, java.sql.Timestamp.from(now))
                .executeUpdate();
    }

    private static TicketEntity ticketEntity(EntityManager em, long id) {
        return em.createQuery("SELECT t FROM TicketEntity t WHERE t.id = :id", TicketEntity.class)
                .setParameter("id", id)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NoSuchElementException("No ticket " + id));
    }
}
