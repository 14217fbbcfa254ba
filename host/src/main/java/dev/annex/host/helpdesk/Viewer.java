package dev.annex.host.helpdesk;

import java.time.Instant;
import java.util.List;

/**
 * Who is looking, and which plugins' access grants count for them. The help desk turns it into a
 * filter inside the ticket query itself, so a list never holds a row the viewer may not see.
 *
 * @param grantSources plugins whose grants count (started on this installation and on for the tenant)
 * @param at           the instant grant expiry is judged at
 */
public record Viewer(long personId, Role role, Long organisationId, List<String> grantSources, Instant at) {

    public Viewer {
        grantSources = List.copyOf(grantSources);
    }

    /** Sees every ticket of the tenant: for the host's own look-ups, never for a person's request. */
    public static Viewer unrestricted() {
        return new Viewer(0, Role.AGENT, null, List.of(), Instant.EPOCH);
    }
}
