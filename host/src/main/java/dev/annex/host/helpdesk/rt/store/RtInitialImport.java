package dev.annex.host.helpdesk.rt.store;

import dev.annex.host.helpdesk.HelpDeskImport;
import dev.annex.host.helpdesk.rt.sync.ImportPage;
import dev.annex.host.helpdesk.rt.sync.ImportPosition;
import dev.annex.host.helpdesk.rt.sync.IndexedTicket;
import dev.annex.host.helpdesk.rt.sync.TicketChange;
import dev.annex.host.helpdesk.rt.sync.TicketImport;
import dev.annex.host.tenant.TenantContext;
import dev.annex.host.tenant.TenantEntityManager;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.persistence.config.QueryHints;

/**
 * The initial import of the tickets an RT already holds when a tenant is connected to it: one page
 * per {@link #step}, in the caller's transaction with the position it reached ({@code RT_IMPORT}),
 * so an import that stops (RT down, Annex restarted) resumes after its last page. The tenant's feed
 * starts at RT's newest transaction before the first page ({@link RtFeedPoller#claim}): what changes
 * meanwhile comes through the feed. A ticket the feed indexed first is left as the feed wrote it.
 * Imported tickets raise no plugin events: they are history, not news.
 */
public class RtInitialImport {

    private final TenantEntityManager entityManager;
    private final TenantContext tenantContext;
    private final Clock clock;
    private final RtTenants tenants;
    private final RtFeedPoller poller;
    private final int pageSize;

    /** @param pageSize RT tickets read per page, at most RT's own page limit of 100 */
    public RtInitialImport(TenantEntityManager entityManager, TenantContext tenantContext, Clock clock,
                           RtTenants tenants, RtFeedPoller poller, int pageSize) {
        this.entityManager = entityManager;
        this.tenantContext = tenantContext;
        this.clock = clock;
        this.tenants = tenants;
        this.poller = poller;
        this.pageSize = pageSize;
    }

    /**
     * (Re)starts the current tenant's import when it is connected to RT: with other queues, the
     * tenant's RT tickets are others, so they are imported again (those already indexed are kept).
     */
    public static void ready(EntityManager em, long tenantId, Instant now, boolean queuesChanged) {
        if (queuesChanged) {
            em.createNativeQuery("DELETE FROM RT_IMPORT WHERE TENANT_ID = ?").setParameter(1, tenantId).executeUpdate();
        } else if (progress(em, tenantId).isPresent()) {
            return;
        }
        em.createNativeQuery("INSERT INTO RT_IMPORT (TENANT_ID, STATE, AFTER_ID, IMPORTED, TOTAL, STARTED_AT, UPDATED_AT)"
                        + " VALUES (?, ?, 0, 0, 0, ?, ?)")
                .setParameter(1, tenantId).setParameter(2, HelpDeskImport.PENDING)
                .setParameter(3, Timestamp.from(now)).setParameter(4, Timestamp.from(now)).executeUpdate();
    }

    public static Optional<HelpDeskImport> progress(EntityManager em, long tenantId) {
        List<?> rows = em.createNativeQuery("SELECT STATE, IMPORTED, TOTAL, STARTED_AT, UPDATED_AT, FINISHED_AT"
                        + " FROM RT_IMPORT WHERE TENANT_ID = ?")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true).setParameter(1, tenantId).getResultList();
        return rows.stream().findFirst().map(r -> {
            Object[] row = (Object[]) r;
            return new HelpDeskImport((String) row[0], ((Number) row[1]).longValue(), ((Number) row[2]).longValue(),
                    instant(row[3]), instant(row[4]), instant(row[5]));
        });
    }

    /** @return whether pages remain (false when done, or when no import was asked for) */
    public boolean step() {
        EntityManager em = entityManager.get();
        long tenantId = tenantContext.current().id();
        Optional<HelpDeskImport> progress = progress(em, tenantId);
        if (progress.isEmpty() || HelpDeskImport.DONE.equals(progress.get().state())) {
            return false;
        }
        RtTenant rt = tenants.current();
        TicketImport tickets = new TicketImport(rt.client(), rt.rules(), pageSize);
        ImportPosition from = HelpDeskImport.PENDING.equals(progress.get().state()) ? tickets.start()
                : new ImportPosition(afterId(em, tenantId), progress.get().imported(), progress.get().total());
        ImportPage page = tickets.next(from);
        for (IndexedTicket ticket : page.tickets()) {
            if (RtFeedPoller.entity(em, ticket.rtId()).isEmpty()) {
                poller.apply(em, new TicketChange.Indexed(0, ticket.rtId(), null, false, ticket));
            }
        }
        Timestamp now = Timestamp.from(Instant.now(clock));
        em.createNativeQuery("UPDATE RT_IMPORT SET STATE = ?, AFTER_ID = ?, IMPORTED = ?, TOTAL = ?, UPDATED_AT = ?"
                        + " WHERE TENANT_ID = ?")
                .setParameter(1, page.done() ? HelpDeskImport.DONE : HelpDeskImport.RUNNING)
                .setParameter(2, page.next().afterId()).setParameter(3, page.next().imported())
                .setParameter(4, page.next().total()).setParameter(5, now).setParameter(6, tenantId).executeUpdate();
        if (page.done()) {
            em.createNativeQuery("UPDATE RT_IMPORT SET FINISHED_AT = ? WHERE TENANT_ID = ?")
                    .setParameter(1, now).setParameter(2, tenantId).executeUpdate();
        }
        return !page.done();
    }

    private static long afterId(EntityManager em, long tenantId) {
        return ((Number) em.createNativeQuery("SELECT AFTER_ID FROM RT_IMPORT WHERE TENANT_ID = ?")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true).setParameter(1, tenantId).getSingleResult())
                .longValue();
    }

    private static Instant instant(Object value) {
        return value == null ? null : ((Timestamp) value).toInstant();
    }
}
