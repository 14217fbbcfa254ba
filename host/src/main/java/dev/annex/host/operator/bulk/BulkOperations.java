package dev.annex.host.operator.bulk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Where operations over many tenants record their progress; each call commits on its own. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class BulkOperations {

    private static final int MAX_FAILURE_LINES = 100;
    private static final int MAX_FAILURE_CHARS = 16000;

    @PersistenceContext(unitName = "annex")
    EntityManager em;

    private final Clock clock;

    @Inject
    public BulkOperations(Clock clock) {
        this.clock = clock;
    }

    protected BulkOperations() {
        this(null);
    }

    public BulkOperation start(String kind, int total, String actor) {
        BulkOperationEntity entity = new BulkOperationEntity();
        entity.kind = kind;
        entity.state = total == 0 ? BulkOperation.State.DONE : BulkOperation.State.RUNNING;
        entity.total = total;
        entity.actor = actor;
        entity.createdAt = Instant.now(clock);
        entity.finishedAt = total == 0 ? entity.createdAt : null;
        em.persist(entity);
        em.flush();
        return entity.toRecord();
    }

    /** Counts rows processed since the last call; the last call (all rows counted) finishes the operation. */
    public void progress(long id, int done, int failed, Iterable<String> newFailures) {
        BulkOperationEntity entity = em.find(BulkOperationEntity.class, id);
        entity.done += done;
        entity.failed += failed;
        StringBuilder failures = new StringBuilder(entity.failures == null ? "" : entity.failures);
        for (String failure : newFailures) {
            long lines = failures.chars().filter(c -> c == '\n').count() + (failures.isEmpty() ? 0 : 1);
            String line = failure.replace('\n', ' ');
            if (lines >= MAX_FAILURE_LINES || failures.length() + line.length() + 1 > MAX_FAILURE_CHARS) {
                break;
            }
            failures.append(failures.isEmpty() ? "" : "\n").append(line);
        }
        entity.failures = failures.isEmpty() ? null : failures.toString();
        if (entity.done >= entity.total) {
            entity.state = BulkOperation.State.DONE;
            entity.finishedAt = Instant.now(clock);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<BulkOperation> find(long id) {
        // Past the shared cache: the node running the operation may be another one.
        return Optional.ofNullable(em.find(BulkOperationEntity.class, id,
                Map.of("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS)))
                .map(BulkOperationEntity::toRecord);
    }
}
