package dev.annex.host.helpdesk.rt.store;

import dev.annex.host.helpdesk.ChangeFeed;
import dev.annex.host.helpdesk.Directory;
import dev.annex.host.helpdesk.NewPerson;
import dev.annex.host.helpdesk.Organisation;
import dev.annex.host.helpdesk.Person;
import dev.annex.host.helpdesk.Role;
import dev.annex.host.helpdesk.TicketChanged;
import dev.annex.host.helpdesk.rt.feed.FeedBatch;
import dev.annex.host.helpdesk.rt.feed.FeedPosition;
import dev.annex.host.helpdesk.rt.feed.TransactionFeed;
import dev.annex.host.helpdesk.rt.sync.EchoKey;
import dev.annex.host.helpdesk.rt.sync.FeedTranslator;
import dev.annex.host.helpdesk.rt.sync.IndexedTicket;
import dev.annex.host.helpdesk.rt.sync.TicketChange;
import dev.annex.host.helpdesk.rt.sync.TicketIndexView;
import dev.annex.host.page.PageRequest;
import dev.annex.host.tenant.TenantContext;
import dev.annex.host.tenant.TenantEntityManager;
import dev.annex.plugin.api.event.TicketEventKind;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.persistence.config.QueryHints;

/**
 * Applies RT's transaction feed to an RT-backed tenant's index and raises the plugins' ticket
 * events from it: changes made in RT itself (an agent's reply in RT's web UI, a status set there, a
 * ticket moved out of the tenant's queues) reach Annex here. One {@link #poll} reads one batch from
 * the tenant's durable cursor and, in the caller's one transaction, changes the index, reports each
 * change to the {@link ChangeFeed} with the RT transaction as its origin, and moves the cursor — so
 * a crash before the commit reads the batch again and one after it never does: each RT transaction
 * counts once. Annex's own writes come back through the feed too; the store journals them as
 * {@link EchoKey}s and the translator consumes those instead of raising their events again.
 *
 * <p>In a cluster each tenant's feed is polled by one node at a time: {@link #claim} takes or
 * renews a lease in its own transaction, and the cursor moves only while this node holds it.
 */
public class RtFeedPoller {

    /** RT transactions read per poll: a full batch means more are waiting. */
    static final int PAGE = 100;

    private final TenantEntityManager entityManager;
    private final TenantContext tenantContext;
    private final ChangeFeed changes;
    private final Clock clock;
    private final Directory directory;
    private final RtTenants tenants;
    private final String node;
    private final Duration lease;

    public RtFeedPoller(TenantEntityManager entityManager, TenantContext tenantContext, ChangeFeed changes, Clock clock,
                        Directory directory, RtTenants tenants, String node, Duration lease) {
        this.entityManager = entityManager;
        this.tenantContext = tenantContext;
        this.changes = changes;
        this.clock = clock;
        this.directory = directory;
        this.tenants = tenants;
        this.node = node;
        this.lease = lease;
    }

    /**
     * Takes or renews this node's lease of the current tenant's feed; a tenant without a cursor
     * starts at RT's newest transaction (what came before is the initial import's).
     *
     * @return false when another node holds an unexpired lease
     */
    public boolean claim() {
        EntityManager em = entityManager.get();
        long tenantId = tenantContext.current().id();
        Instant now = Instant.now(clock);
        if (position(em, tenantId).isEmpty()) {
            // A tenant connected before its connection stored the cursor (see startAt).
            startAt(em, tenantId, new TransactionFeed(tenants.current().client(), clock,
                    TransactionFeed.DEFAULT_GAP_GRACE, PAGE).now(), now);
        }
        return em.createNativeQuery("UPDATE RT_FEED_CURSOR SET CLAIMED_BY = ?, CLAIMED_UNTIL = ? WHERE TENANT_ID = ?"
                        + " AND (CLAIMED_BY IS NULL OR CLAIMED_BY = ? OR CLAIMED_UNTIL < ?)")
                .setParameter(1, node).setParameter(2, Timestamp.from(now.plus(lease))).setParameter(3, tenantId)
                .setParameter(4, node).setParameter(5, Timestamp.from(now))
                .executeUpdate() == 1;
    }

    /**
     * Starts the tenant's feed at {@code position} unless it has a cursor already, in the caller's
     * transaction: the operator's connection to RT does this with RT's newest transaction at that
     * moment, so a change made in RT right after it (before the schedule's next round) is read, not
     * skipped by a cursor set later. A tenant connected again keeps its cursor and reads on from it.
     */
    public static void startAt(EntityManager em, long tenantId, FeedPosition position, Instant now) {
        if (position(em, tenantId).isPresent()) {
            return;
        }
        em.createNativeQuery("INSERT INTO RT_FEED_CURSOR (TENANT_ID, POSITION, UPDATED_AT) VALUES (?, ?, ?)")
                .setParameter(1, tenantId).setParameter(2, position.encode()).setParameter(3, Timestamp.from(now))
                .executeUpdate();
    }

    /**
     * Reads one batch of the feed and applies it, in the caller's transaction.
     *
     * @return how many RT transactions the batch held
     * @throws IllegalStateException when this node does not hold the lease (nothing is applied)
     * @throws dev.annex.host.helpdesk.rt.client.RtUnavailableException when RT does not answer; the
     *                                                                  cursor stays where it was
     */
    public int poll() {
        EntityManager em = entityManager.get();
        long tenantId = tenantContext.current().id();
        RtTenant rt = tenants.current();
        FeedPosition from = position(em, tenantId).orElseThrow(() -> new IllegalStateException("claim the feed first"));
        FeedBatch batch = new TransactionFeed(rt.client(), clock, TransactionFeed.DEFAULT_GAP_GRACE, PAGE).read(from);
        Index index = new Index(em, tenantId);
        for (TicketChange change : new FeedTranslator(rt.client(), rt.rules()).translate(batch.transactions(), index)) {
            apply(em, change);
        }
        int moved = em.createNativeQuery("UPDATE RT_FEED_CURSOR SET POSITION = ?, UPDATED_AT = ? WHERE TENANT_ID = ?"
                        + " AND CLAIMED_BY = ? AND CLAIMED_UNTIL >= ?")
                .setParameter(1, batch.next().encode()).setParameter(2, Timestamp.from(Instant.now(clock)))
                .setParameter(3, tenantId).setParameter(4, node).setParameter(5, Timestamp.from(Instant.now(clock)))
                .executeUpdate();
        if (moved != 1) {
            // Another node took the feed over meanwhile: this batch is its to apply.
            throw new IllegalStateException("node " + node + " no longer holds the RT feed of tenant " + tenantId);
        }
        return batch.transactions().size();
    }

    void apply(EntityManager em, TicketChange change) {
        String origin = "rt:transaction:" + change.transactionId();
        Long actor = change.actor() == null || change.actor().system() || change.actor().email() == null ? null
                : directory.personByEmail(change.actor().email()).map(Person::id).orElse(null);
        if (change instanceof TicketChange.Indexed indexed) {
                RtTicketEntity entity = entity(em, indexed.rtTicketId()).orElseGet(RtTicketEntity::new);
                boolean created = entity.id == null;
                write(entity, indexed.ticket());
                new RtRequesters(directory).write(entity, indexed.ticket());
                if (created) {
                    entity.rtId = indexed.rtTicketId();
                    entity.number = RtTicketStore.nextNumber(em, tenantContext.current().id());
                    entity.description = "";
                    entity.createdAt = indexed.ticket().createdAt();
                    em.persist(entity);
                }
                em.flush();
                participants(em, entity, indexed.ticket().participants());
                if (indexed.raisesEvent()) {
                    report(TicketChanged.created(entity.id, entity.number, actor), origin);
                }
        } else if (change instanceof TicketChange.Updated updated) {
            if (!updated.raisesEvent() && updated.before().showsTheSameTicketAs(updated.after())) {
                // RT's bookkeeping (Annex's own reply coming back moves LastUpdated; RT_System opens a
                // new ticket on its first reply) is not a new version of the ticket: a client's If-Match
                // taken before still holds, as it would on the built-in help desk.
                em.createNativeQuery("UPDATE RT_TICKET SET RT_STATUS = ?, UPDATED_AT = ? WHERE TENANT_ID = ? AND RT_ID = ?")
                        .setParameter(1, updated.after().rtStatus())
                        .setParameter(2, Timestamp.from(updated.after().updatedAt()))
                        .setParameter(3, tenantContext.current().id()).setParameter(4, updated.rtTicketId())
                        .executeUpdate();
                return;
            }
            entity(em, updated.rtTicketId()).ifPresent(entity -> {
                write(entity, updated.after());
                em.flush();
                Set<Long> before = new HashSet<>(RtTicketStore.participantIds(em, entity.id));
                Set<Long> after = participants(em, entity, updated.after().participants());
                if (!updated.raisesEvent()) {
                    return;
                }
                if (updated.statusChanged()) {
                    report(new TicketChanged(TicketEventKind.STATUS_CHANGED, entity.id, actor, Map.of("status",
                            entity.status.name(), "previousStatus", updated.before().status().name())), origin);
                }
                if (!updated.before().listed().equals(updated.after().listed())) {
                    report(new TicketChanged(TicketEventKind.UPDATED, entity.id, actor,
                            Map.of("priority", entity.priority.name())), origin);
                }
                for (Long added : after) {
                    if (!before.contains(added)) {
                        report(TicketChanged.participantAdded(entity.id, added, actor), origin + ":added:" + added);
                    }
                }
                for (Long removed : before) {
                    if (!after.contains(removed)) {
                        report(TicketChanged.participantRemoved(entity.id, removed, actor),
                                origin + ":removed:" + removed);
                    }
                }
            });
        } else if (change instanceof TicketChange.Commented commented) {
            entity(em, commented.rtTicketId()).ifPresent(entity -> {
                if (!commented.raisesEvent()) {
                    return; // Annex's own reply or note: indexed when Annex wrote it
                }
                Person author = actor == null ? person(commented.actor()) : directory.person(actor).orElseThrow();
                RtCommentEntity comment = new RtCommentEntity();
                comment.ticketId = entity.id;
                comment.authorId = author.id();
                comment.authorName = author.displayName();
                comment.body = commented.text();
                comment.internal = commented.internal();
                comment.createdAt = commented.createdAt();
                em.persist(comment);
                em.flush();
                report(TicketChanged.commented(entity.id, comment.id, comment.internal, author.id()), origin);
            });
        } else if (change instanceof TicketChange.Removed removed) {
            entity(em, removed.rtTicketId()).ifPresent(entity -> {
                // Out of the tenant's queues (or deleted in RT): out of the index and every list.
                for (String table : List.of("RT_TICKET_PARTICIPANT", "RT_TICKET_COMMENT")) {
                    em.createNativeQuery("DELETE FROM " + table + " WHERE TICKET_ID = ?").setParameter(1, entity.id)
                            .executeUpdate();
                }
                em.remove(entity);
                em.flush();
            });
        }
    }

    private void report(TicketChanged change, String origin) {
        // One RT transaction may be several Annex changes (a status and the priority it also set):
        // each has its own origin, so each is raised once.
        changes.ticketChanged(change.from(origin + ":" + change.kind().name()));
    }

    static void write(RtTicketEntity entity, IndexedTicket ticket) {
        entity.subject = ticket.subject();
        entity.status = ticket.status();
        entity.rtStatus = ticket.rtStatus();
        entity.priority = ticket.priority();
        entity.updatedAt = ticket.updatedAt();
    }

    /** The ticket's participants become these RT Cc watchers, as Annex people (made contacts when new). */
    private Set<Long> participants(EntityManager em, RtTicketEntity entity, Set<String> emails) {
        Set<Long> wanted = emails.stream().map(email -> person(email, email).id()).collect(Collectors.toSet());
        Set<Long> now = new HashSet<>(RtTicketStore.participantIds(em, entity.id));
        for (Long gone : now) {
            if (!wanted.contains(gone)) {
                em.createQuery("DELETE FROM RtParticipantEntity p WHERE p.ticketId = :ticket AND p.personId = :person")
                        .setParameter("ticket", entity.id).setParameter("person", gone).executeUpdate();
            }
        }
        for (Long added : wanted) {
            if (!now.contains(added)) {
                RtParticipantEntity participant = new RtParticipantEntity();
                participant.ticketId = entity.id;
                participant.personId = added;
                participant.addedAt = Instant.now(clock);
                em.persist(participant);
            }
        }
        em.flush();
        return wanted;
    }

    private Person person(TicketChange.Actor actor) {
        String email = actor == null || actor.email() == null || actor.email().isBlank() ? "rt-system@rt.invalid"
                : actor.email();
        return person(email, actor == null || actor.realName() == null || actor.realName().isBlank()
                ? email : actor.realName());
    }

    /** The Annex person with this email address: RT's users are matched by it, and made contacts when new. */
    private Person person(String email, String name) {
        return directory.personByEmail(email).orElseGet(() -> directory.createPerson(
                new NewPerson(email, name, Role.CONTACT, null)));
    }

    static Optional<RtTicketEntity> entity(EntityManager em, long rtId) {
        return em.createQuery("SELECT t FROM RtTicketEntity t WHERE t.rtId = :rtId", RtTicketEntity.class)
                .setParameter("rtId", rtId).getResultStream().findFirst();
    }

    private static Optional<FeedPosition> position(EntityManager em, long tenantId) {
        List<?> rows = em.createNativeQuery("SELECT POSITION FROM RT_FEED_CURSOR WHERE TENANT_ID = ?")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, tenantId).getResultList();
        return rows.stream().findFirst().map(row -> FeedPosition.decode((String) row));
    }

    /** The index and echo journal as the translator reads them. */
    private final class Index implements TicketIndexView {

        private final EntityManager em;
        private final long tenantId;
        private final Map<Long, String> emails = new HashMap<>();

        Index(EntityManager em, long tenantId) {
            this.em = em;
            this.tenantId = tenantId;
        }

        @Override
        public Optional<IndexedTicket> indexed(long rtTicketId) {
            return entity(em, rtTicketId).map(t -> new IndexedTicket(t.rtId, 0, t.subject, t.status, t.rtStatus,
                    t.priority, email(t.requesterId), t.requesterName, t.organisationName,
                    RtTicketStore.participantIds(em, t.id).stream().map(this::email).collect(Collectors.toSet()),
                    t.createdAt, t.updatedAt));
        }

        private String email(long personId) {
            return emails.computeIfAbsent(personId, id -> directory.person(id).map(Person::email).orElse(""));
        }

        @Override
        public boolean consumeEcho(EchoKey key) {
            return RtEchoes.consume(em, tenantId, key);
        }
    }
}
