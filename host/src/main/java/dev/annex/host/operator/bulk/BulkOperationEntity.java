package dev.annex.host.operator.bulk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** An operator's operation over many tenants; the operator's, so not tenant-owned. */
@Entity
@Table(name = "BULK_OPERATION")
public class BulkOperationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false)
    String kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    BulkOperation.State state;

    @Column(nullable = false)
    int total;

    @Column(nullable = false)
    int done;

    @Column(nullable = false)
    int failed;

    @Column(length = 16000)
    String failures;

    @Column(nullable = false)
    String actor;

    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;

    @Column(name = "FINISHED_AT")
    Instant finishedAt;

    BulkOperation toRecord() {
        List<String> lines = failures == null || failures.isEmpty() ? List.of()
                : Arrays.asList(failures.split("\n"));
        return new BulkOperation(id, kind, state, total, done, failed, lines, actor, createdAt, finishedAt);
    }
}
