package dev.annex.host.operator.bulk;

import java.time.Instant;
import java.util.List;

/**
 * An operation over many tenants as the operator polls it: {@code done} of {@code total} rows
 * processed so far, {@code failed} of them failed (the first 100 described in {@code failures}).
 */
public record BulkOperation(long id, String kind, State state, int total, int done, int failed,
                            List<String> failures, String actor, Instant createdAt, Instant finishedAt) {

    public enum State { RUNNING, DONE }
}
