package dev.annex.host.helpdesk;

import java.time.Instant;

/**
 * How far the initial import of a fronted help desk's existing tickets has come, for the operator.
 *
 * @param state      {@code PENDING} (not begun), {@code RUNNING} or {@code DONE}
 * @param imported   tickets read into Annex's index so far
 * @param total      the tenant's tickets in the other help desk when the import began (0 before)
 * @param finishedAt when it was done, else null
 */
public record HelpDeskImport(String state, long imported, long total, Instant startedAt, Instant updatedAt,
                             Instant finishedAt) {

    public static final String PENDING = "PENDING";
    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";
}
