package dev.annex.host.persistence;

import jakarta.persistence.EntityManager;
import org.eclipse.persistence.sessions.Session;

/**
 * Whether a page and its total can come from one statement ({@code COUNT(*) OVER ()}, a window
 * aggregate) on the database behind an entity manager. A list that filters through access rules
 * pays for the filter twice when the total is a query of its own; PostgreSQL evaluates it once
 * this way. Derby has no window aggregates, so its lists keep the separate count.
 */
public final class WindowedCount {

    /** The select item that carries the total on every row of the page. */
    public static final String TOTAL = "SQL('COUNT(*) OVER ()')";

    private WindowedCount() {
    }

    public static boolean supported(EntityManager em) {
        return em.unwrap(Session.class).getPlatform().isPostgreSQL();
    }
}
