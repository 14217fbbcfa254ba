package dev.annex.host.helpdesk.builtin;

import jakarta.persistence.EntityManager;

/**
 * Hands out the per-tenant ticket numbers people quote: 1, 2, 3, … with no gaps under load. The
 * counter is the built-in help desk's own (another help desk numbers its tickets itself), one row
 * per tenant in TICKET_COUNTER, made when the tenant is created.
 */
final class TicketNumbers {

    private TicketNumbers() {
    }

    /** Starts the numbers of a tenant just created, in its creating transaction. */
    static void start(EntityManager em, long tenantId) {
        TicketCounterEntity counter = new TicketCounterEntity();
        counter.tenantId = tenantId;
        counter.nextNumber = 1;
        em.persist(counter);
        em.flush();
    }

    /**
     * Allocates the next number inside the caller's transaction. The update takes the counter
     * row's lock, so two concurrent creators are serialised rather than given the same number.
     */
    static long next(EntityManager em, long tenantId) {
        em.createQuery("UPDATE TicketCounterEntity c SET c.nextNumber = c.nextNumber + 1 WHERE c.tenantId = :id")
                .setParameter("id", tenantId)
                .executeUpdate();
        long next = em.createQuery("SELECT c.nextNumber FROM TicketCounterEntity c WHERE c.tenantId = :id", Long.class)
                .setParameter("id", tenantId)
                .getSingleResult();
        return next - 1;
    }
}
