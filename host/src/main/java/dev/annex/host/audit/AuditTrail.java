package dev.annex.host.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import dev.annex.host.page.Page;
import dev.annex.host.page.PageRequest;
import java.util.List;

/** Who did what, written in the transaction of the change it records. */
@ApplicationScoped
@Transactional
public class AuditTrail {

    public record Entry(Long tenantId, String actor, String source, String action, String detail, Instant occurredAt) {
    }

    @PersistenceContext(unitName = "annex")
    EntityManager em;

    private final Clock clock;

    @Inject
    public AuditTrail(Clock clock) {
        this.clock = clock;
    }

    protected AuditTrail() {
        this(null);
    }

    /**
     * @param tenantId null for installation-wide (operator) actions
     * @param source   "host" or the plugin id that acted
     */
    public void record(Long tenantId, String actor, String source, String action, String detail) {
        AuditEntryEntity entry = new AuditEntryEntity();
        entry.tenantId = tenantId;
        entry.actor = actor;
        entry.source = source;
        entry.action = action;
        entry.detail = detail.length() > 4000 ? detail.substring(0, 4000) : detail;
        entry.occurredAt = Instant.now(clock);
        em.persist(entry);
    }

    /** A page of the entries of a tenant, or of the installation when {@code tenantId} is null, newest first. */
    public Page<Entry> page(Long tenantId, PageRequest request) {
        String where = tenantId == null ? "a.tenantId IS NULL" : "a.tenantId = :tenant";
        var query = em.createQuery("SELECT a FROM AuditEntryEntity a WHERE " + where + " ORDER BY a.occurredAt DESC, a.id DESC",
                AuditEntryEntity.class).setFirstResult(request.offset()).setMaxResults(request.size());
        var count = em.createQuery("SELECT COUNT(a) FROM AuditEntryEntity a WHERE " + where, Long.class);
        if (tenantId != null) {
            query.setParameter("tenant", tenantId);
            count.setParameter("tenant", tenantId);
        }
        List<Entry> entries = query.getResultList().stream()
                .map(a -> new Entry(a.tenantId, a.actor, a.source, a.action, a.detail, a.occurredAt)).toList();
        return new Page<>(entries, request.page(), request.size(), count.getSingleResult());
    }
}
