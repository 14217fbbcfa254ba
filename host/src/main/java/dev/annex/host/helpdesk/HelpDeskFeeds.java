package dev.annex.host.helpdesk;

import java.time.Instant;
import java.util.Optional;

/**
 * The change feeds of the help desks Annex fronts, as the host runs them: changes made in the other
 * help desk itself (an agent's reply in its own UI) reach Annex's index and the plugins only through
 * such a feed, polled in the background. A port like {@link HelpDeskChoices}: the connector implements
 * it; the built-in help desk needs none, its changes are Annex's own writes.
 */
public interface HelpDeskFeeds {

    /** Starts polling every fronted tenant's feed; called once, after the schema is migrated. */
    void start();

    /**
     * Since when the current tenant's index may lag behind its help desk: empty while its feed is
     * read on time (and always for a tenant on the built-in help desk), else the last moment the
     * feed was read up to date. Reads are still served from the index meanwhile.
     */
    Optional<Instant> behindSince();
}
