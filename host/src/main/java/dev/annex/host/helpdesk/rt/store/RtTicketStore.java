package dev.annex.host.helpdesk.rt.store;

import dev.annex.host.helpdesk.ChangeFeed;
import dev.annex.host.helpdesk.Comment;
import dev.annex.host.helpdesk.Directory;
import dev.annex.host.helpdesk.Fronted;
import dev.annex.host.helpdesk.NewComment;
import dev.annex.host.helpdesk.NewTicket;
import dev.annex.host.helpdesk.Organisation;
import dev.annex.host.helpdesk.Person;
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
import dev.annex.host.helpdesk.rt.client.NewRtTicket;
import dev.annex.host.helpdesk.rt.client.RtAuthenticationException;
import dev.annex.host.helpdesk.rt.client.RtNotFoundException;
import dev.annex.host.helpdesk.rt.client.RtRejectedException;
import dev.annex.host.helpdesk.rt.client.RtTicket;
import dev.annex.host.helpdesk.rt.client.RtTicketChanges;
import dev.annex.host.helpdesk.rt.client.RtUnavailableException;
import dev.annex.host.helpdesk.rt.mapping.PriorityMapping;
import dev.annex.host.helpdesk.rt.sync.EchoKey;
import dev.annex.host.helpdesk.rt.sync.TicketReader;
import dev.annex.host.page.Page;
import dev.annex.host.refusal.Refusal;
import dev.annex.host.tenant.TenantContext;
import dev.annex.host.tenant.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.persistence.config.QueryHints;

/**
 * The help-desk port for a tenant backed by Request Tracker 5. RT is the system of record: every
 * write goes to RT through REST 2 first and is applied to Annex's index (RT_TICKET and its
 * participants and comments) in the same call, so the writer reads it back at once; reads are
 * served from the index, with the access rules folded into its query as for the built-in help
 * desk. An RT call that fails leaves the index as it was: RT down or slow is a 503 refusal, a
 * value RT refuses a 422 naming Annex's field. Changes made in RT itself reach the index through
 * the transaction feed.
 *
 * <p>{@link Fronted}: the port's {@code TenantTicketStore} hands it the calls of tenants whose
 * operator chose RT.
 */
@ApplicationScoped
@Fronted
public class RtTicketStore implements TicketStore {

    /** The index carries the requester's id and name itself: no joins. */
    private static final TicketIndexReads<RtTicketEntity> READS = new TicketIndexReads<>(RtTicketEntity.class, "",
            new TicketIndexFilter.Index("t.requesterId", "RtParticipantEntity"), RtTicketEntity::toRecord);
    /** How long a caller is asked to wait when RT does not answer: about one feed poll and a retry. */
    private static final Duration RETRY_AFTER = Duration.ofSeconds(10);

    private final TenantEntityManager entityManager;
    private final TenantContext tenantContext;
    private final ChangeFeed changes;
    private final Clock clock;
    private final Directory directory;
    private final RtTenants tenants;

    @Inject
    public RtTicketStore(TenantEntityManager entityManager, TenantContext tenantContext, ChangeFeed changes,
                         Clock clock, Directory directory, RtTenants tenants) {
        this.entityManager = entityManager;
        this.tenantContext = tenantContext;
        this.changes = changes;
        this.clock = clock;
        this.directory = directory;
        this.tenants = tenants;
    }

    protected RtTicketStore() {
        this(null, null, null, null, null, null);
    }

    /** Readies the tenant's numbering when it is switched to RT (a new tenant starts on the built-in help desk). */
    public static void readyNumbers(EntityManager em, long tenantId) {
        long rows = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM RT_TICKET_COUNTER WHERE TENANT_ID = ?")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, tenantId).getSingleResult()).longValue();
        if (rows == 0) {
            em.createNativeQuery("INSERT INTO RT_TICKET_COUNTER (TENANT_ID, NEXT_NUMBER) VALUES (?, 1)")
                    .setParameter(1, tenantId).executeUpdate();
        }
    }

    @Override
    public void tenantCreated() {
        entityManager.get().createNativeQuery("INSERT INTO RT_TICKET_COUNTER (TENANT_ID, NEXT_NUMBER) VALUES (?, 1)")
                .setParameter(1, tenantContext.current().id())
                .executeUpdate();
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
    public Ticket create(NewTicket ticket, Long actorId) {
        EntityManager em = entityManager.get();
        RtTenant rt = tenants.current();
        Person requester = person(ticket.requesterId());
        Organisation organisation = ticket.organisationId() == null ? null
                : directory.organisation(ticket.organisationId()).orElseThrow(
                        () -> Refusal.invalid("organisationId", "No organisation " + ticket.organisationId()));
        // The number first: the counter row's lock orders concurrent creators, and a failed RT call
        // rolls the number back with everything else.
        long number = nextNumber(em, tenantContext.current().id());
        long rtId = call("subject", () -> rt.client().createTicket(new NewRtTicket(rt.queue(), ticket.subject(),
                requester.email(), ticket.description(), PriorityMapping.toRt(ticket.priority()), List.of())));
        echo(EchoKey.created(rtId));
        RtTicketEntity entity = new RtTicketEntity();
        entity.rtId = rtId;
        entity.number = number;
        entity.subject = ticket.subject();
        entity.description = ticket.description();
        entity.status = TicketStatus.OPEN;
        entity.rtStatus = "new";
        entity.priority = ticket.priority();
        entity.requesterId = requester.id();
        entity.requesterName = requester.displayName();
        entity.organisationId = organisation == null ? null : organisation.id();
        entity.organisationName = organisation == null ? null : organisation.name();
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
        RtTicketEntity entity = ticketEntity(em, id);
        if (entity.version != expectedVersion) {
            throw new StaleVersionException(entity.version);
        }
        if (fields.description() != null && !fields.description().equals(entity.description)) {
            // RT's description is the ticket's first message, which RT keeps as it was sent.
            throw Refusal.invalid("description", "Request Tracker keeps a ticket's first message as it was sent;"
                    + " add a reply instead");
        }
        RtTenant rt = tenants.current();
        Ticket before = entity.toRecord();
        String subject = fields.subject() == null || fields.subject().equals(entity.subject) ? null : fields.subject();
        String rtStatus = null;
        if (fields.status() != null && fields.status() != entity.status) {
            rtStatus = rt.rules().statuses().toRt(fields.status()).orElseThrow(() -> Refusal.invalid("status",
                    "No Request Tracker status is mapped to " + fields.status() + " for this tenant"));
        }
        Long priority = fields.priority() == null || fields.priority() == entity.priority ? null
                : PriorityMapping.toRt(fields.priority());
        RtTicketChanges rtChanges = new RtTicketChanges(subject, rtStatus, priority, null);
        if (!rtChanges.isEmpty()) {
            RtTicket written = call(null, () -> rt.client().update(entity.rtId, rtChanges));
            if (subject != null) {
                echo(EchoKey.subject(entity.rtId, subject));
            }
            if (rtStatus != null) {
                echo(EchoKey.status(entity.rtId, written.status()));
            }
            if (priority != null) {
                echo(EchoKey.priority(entity.rtId, priority));
            }
            if (subject != null) {
                entity.subject = subject;
            }
            if (rtStatus != null) {
                entity.rtStatus = written.status();
                entity.status = new TicketReader(rt.client(), rt.rules()).status(written, written.status());
            }
            if (priority != null) {
                entity.priority = fields.priority();
            }
        }
        Comment reason = null;
        if (explanation != null) {
            String body = explanation;
            call("body", () -> {
                rt.client().correspond(entity.rtId, body);
                return null;
            });
            echo(EchoKey.message(entity.rtId, false, body));
            reason = insertComment(em, entity, new NewComment(actorId == null ? entity.requesterId : actorId,
                    explanation, false));
        }
        entity.updatedAt = Instant.now(clock);
        em.flush();
        Ticket after = entity.toRecord();
        UpdateReports.report(changes, before, after, reason, actorId);
        return after;
    }

    @Override
    public List<Comment> comments(long ticketId, boolean includeInternal) {
        String visibility = includeInternal ? "" : " AND c.internal = FALSE";
        return entityManager.get().createQuery("SELECT c FROM RtCommentEntity c WHERE c.ticketId = :ticketId"
                        + visibility + " ORDER BY c.createdAt, c.id", RtCommentEntity.class)
                .setParameter("ticketId", ticketId)
                .getResultList().stream().map(RtCommentEntity::toRecord).toList();
    }

    @Override
    public Comment addComment(long ticketId, NewComment comment) {
        EntityManager em = entityManager.get();
        RtTicketEntity ticket = ticketEntity(em, ticketId);
        RtTenant rt = tenants.current();
        // Internal notes are RT's comments (RT's staff only); public replies its correspondence.
        call("body", () -> {
            if (comment.internal()) {
                rt.client().comment(ticket.rtId, comment.body());
            } else {
                rt.client().correspond(ticket.rtId, comment.body());
            }
            return null;
        });
        echo(EchoKey.message(ticket.rtId, comment.internal(), comment.body()));
        Comment added = insertComment(em, ticket, comment);
        changes.ticketChanged(TicketChanged.commented(ticketId, added.id(), added.internal(), comment.authorId()));
        return added;
    }

    private Comment insertComment(EntityManager em, RtTicketEntity ticket, NewComment comment) {
        RtCommentEntity entity = new RtCommentEntity();
        entity.ticketId = ticket.id;
        entity.authorId = comment.authorId();
        entity.authorName = person(comment.authorId()).displayName();
        entity.body = comment.body();
        entity.internal = comment.internal();
        // RT records times in whole seconds, and replies written in RT come in through the feed with
        // RT's time: Annex's own are kept in whole seconds too, so the conversation sorts as RT has
        // it (within one second, by the order Annex learnt of them).
        entity.createdAt = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
        em.persist(entity);
        em.flush();
        return entity.toRecord();
    }

    @Override
    public List<Long> participants(long ticketId) {
        return participantIds(entityManager.get(), ticketId);
    }

    static List<Long> participantIds(EntityManager em, long ticketId) {
        return em.createQuery("SELECT p.personId FROM RtParticipantEntity p"
                        + " WHERE p.ticketId = :ticket ORDER BY p.addedAt, p.id", Long.class)
                .setParameter("ticket", ticketId).getResultList();
    }

    /** Journals an Annex write, so the feed recognises it when RT's transaction for it comes back. */
    private void echo(EchoKey key) {
        RtEchoes.record(entityManager.get(), tenantContext.current().id(), key, Instant.now(clock));
    }

    @Override
    public boolean addParticipant(long ticketId, long personId, Long actorId) {
        List<Long> now = participants(ticketId);
        if (now.contains(personId)) {
            return false;
        }
        EntityManager em = entityManager.get();
        RtTicketEntity ticket = ticketEntity(em, ticketId);
        List<Long> wanted = new ArrayList<>(now);
        wanted.add(personId);
        setCcs(ticket, wanted);
        RtParticipantEntity participant = new RtParticipantEntity();
        participant.ticketId = ticketId;
        participant.personId = personId;
        participant.addedAt = Instant.now(clock);
        em.persist(participant);
        em.flush();
        changes.ticketChanged(TicketChanged.participantAdded(ticketId, personId, actorId));
        return true;
    }

    @Override
    public boolean removeParticipant(long ticketId, long personId, Long actorId) {
        List<Long> now = participants(ticketId);
        if (!now.contains(personId)) {
            return false;
        }
        EntityManager em = entityManager.get();
        List<Long> wanted = new ArrayList<>(now);
        wanted.remove(personId);
        setCcs(ticketEntity(em, ticketId), wanted);
        em.createQuery("DELETE FROM RtParticipantEntity p WHERE p.ticketId = :ticket AND p.personId = :person")
                .setParameter("ticket", ticketId).setParameter("person", personId).executeUpdate();
        changes.ticketChanged(TicketChanged.participantRemoved(ticketId, personId, actorId));
        return true;
    }

    /** RT sets a role's members as a whole: the ticket's Cc watchers become exactly these people. */
    private void setCcs(RtTicketEntity ticket, List<Long> personIds) {
        List<String> emails = directory.people(personIds).stream().map(Person::email).toList();
        RtTenant rt = tenants.current();
        call("participants", () -> rt.client().setCcs(ticket.rtId, emails));
    }

    /** The next per-tenant number, in the caller's transaction (the counter row's lock orders creators). */
    static long nextNumber(EntityManager em, long tenantId) {
        em.createNativeQuery("UPDATE RT_TICKET_COUNTER SET NEXT_NUMBER = NEXT_NUMBER + 1 WHERE TENANT_ID = ?")
                .setParameter(1, tenantId).executeUpdate();
        // EclipseLink refuses native reads in a unit with multitenant entities unless asked: this one
        // names its tenant itself.
        Number next = (Number) em.createNativeQuery("SELECT NEXT_NUMBER FROM RT_TICKET_COUNTER WHERE TENANT_ID = ?")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, tenantId).getSingleResult();
        return next.longValue() - 1;
    }

    private Person person(long id) {
        return directory.person(id).orElseThrow(() -> Refusal.invalid("requesterId", "No person " + id));
    }

    /**
     * Runs one RT call and says its failures in the host's terms: RT out of reach is UNAVAILABLE
     * (503, nothing written in Annex), a value RT refused is INVALID naming Annex's field
     * ({@code field}, else RT's field in lower case).
     */
    private static <T> T call(String field, Supplier<T> work) {
        try {
            return work.get();
        } catch (RtUnavailableException | RtAuthenticationException e) {
            throw Refusal.unavailable("The help desk (Request Tracker) cannot be reached: " + e.getMessage(), RETRY_AFTER);
        } catch (RtRejectedException e) {
            String named = e.field() == null ? field : e.field().toLowerCase(java.util.Locale.ROOT);
            throw Refusal.invalid(named == null ? "ticket" : named, e.getMessage());
        } catch (RtNotFoundException e) {
            throw Refusal.notFound("ticket in Request Tracker", e.getMessage());
        }
    }

    private static RtTicketEntity ticketEntity(EntityManager em, long id) {
        return em.createQuery("SELECT t FROM RtTicketEntity t WHERE t.id = :id", RtTicketEntity.class)
                .setParameter("id", id)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NoSuchElementException("No ticket " + id));
    }
}
