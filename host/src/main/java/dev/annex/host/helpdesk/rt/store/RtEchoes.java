package dev.annex.host.helpdesk.rt.store;

import dev.annex.host.helpdesk.rt.sync.EchoKey;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.eclipse.persistence.config.QueryHints;

/**
 * The journal of Annex's own writes to RT (RT_ECHO): the store records the {@link EchoKey} of each
 * write in the writing transaction, and the feed consumes it when RT's transaction for it comes
 * back, so the write's event is raised once.
 */
final class RtEchoes {

    private RtEchoes() {
    }

    static void record(EntityManager em, long tenantId, EchoKey key, Instant at) {
        em.createNativeQuery("INSERT INTO RT_ECHO (TENANT_ID, RT_TICKET_ID, KIND, FINGERPRINT, CREATED_AT)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .setParameter(1, tenantId).setParameter(2, key.rtTicketId()).setParameter(3, key.kind().name())
                .setParameter(4, key.fingerprint()).setParameter(5, Timestamp.from(at))
                .executeUpdate();
    }

    /** @return true when an entry for the key was open (and is now consumed) */
    static boolean consume(EntityManager em, long tenantId, EchoKey key) {
        List<?> ids = em.createNativeQuery("SELECT ID FROM RT_ECHO WHERE TENANT_ID = ? AND RT_TICKET_ID = ?"
                        + " AND KIND = ? AND FINGERPRINT = ? ORDER BY ID")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, tenantId).setParameter(2, key.rtTicketId()).setParameter(3, key.kind().name())
                .setParameter(4, key.fingerprint())
                .setMaxResults(1).getResultList();
        if (ids.isEmpty()) {
            return false;
        }
        return em.createNativeQuery("DELETE FROM RT_ECHO WHERE ID = ?")
                .setParameter(1, ((Number) ids.get(0)).longValue()).executeUpdate() == 1;
    }
}
