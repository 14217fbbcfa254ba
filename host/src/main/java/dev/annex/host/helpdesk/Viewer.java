package dev.annex.host.helpdesk;

import java.time.Instant;
import java.util.List;

/**
 * Who is looking, and which plugins' access grants count for them. The help desk turns it into a
 * filter inside the ticket query itself, so a list never holds a row the viewer may not see.
 *
 * @param grantSources plugins whose grants may count (started on this installation); the query
 *                     still requires each to be enabled for the tenant
 * @param at           the instant grant expiry is judged at
 */
public record Viewer(long personId, Role role, Long organisationId, List<String> grantSources, Instant at) {

    public Viewer {
        grantSources = List.copyOf(grantSources);
    }
}
