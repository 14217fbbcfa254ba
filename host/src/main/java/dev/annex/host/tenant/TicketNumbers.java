package dev.annex.host.tenant;

import jakarta.persistence.EntityManager;

/** Hands out the per-tenant ticket numbers people quote: 1, 2, 3, … with no gaps under load. */
public final class TicketNumbers {

    private TicketNumbers() {
    }

    /**
     * Allocates the next number inside the caller's transaction. The update takes the tenant
     * row's lock, so two concurrent creators are serialised rather than given the same number.
     */
    public static long next(EntityManager em, long tenantId) {
        em.createQuery("UPDATE TenantEntity t SET t.nextTicketNumber = t.nextTicketNumber + 1 WHERE t.id = :id")
                .setParameter("id", tenantId)
                .executeUpdate();
        long next = em.createQuery("SELECT t.nextTicketNumber FROM TenantEntity t WHERE t.id = :id", Long.class)
                .setParameter("id", tenantId)
                .getSingleResult();
        return next - 1;
    }
}
