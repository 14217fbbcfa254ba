package dev.annex.host.operator.bulk;

import dev.annex.host.refusal.Refusal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Works through the rows of one operation, each on its own (a row that fails is reported and the
 * rest go on), and records the progress every {@value #PROGRESS_EVERY} rows and at the end.
 */
final class BulkRun {

    private static final Logger LOG = Logger.getLogger(BulkRun.class.getName());
    private static final int PROGRESS_EVERY = 50;

    private BulkRun() {
    }

    /** @param describe how a failed row is named in the operation's failures, e.g. {@code tenants[3] (acme)} */
    static <T> void run(BulkOperations operations, long operationId, List<T> rows,
                        IntFunction<String> describe, Consumer<T> work) {
        int done = 0;
        int failed = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            try {
                work.accept(rows.get(i));
            } catch (Refusal refusal) {
                failed++;
                failures.add(describe.apply(i) + ": " + refusal.getMessage());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Bulk operation " + operationId + ": " + describe.apply(i) + " failed", e);
                failed++;
                failures.add(describe.apply(i) + ": " + e);
            }
            done++;
            if (done % PROGRESS_EVERY == 0 || i == rows.size() - 1) {
                operations.progress(operationId, done, failed, failures);
                done = 0;
                failed = 0;
                failures.clear();
            }
        }
    }
}
