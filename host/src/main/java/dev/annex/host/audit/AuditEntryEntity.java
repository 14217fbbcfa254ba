package dev.annex.host.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of the audit trail. Not EclipseLink-multitenant: operator actions belong to no tenant
 * (TENANT_ID null); every read names the tenant explicitly.
 */
@Entity
@Table(name = "AUDIT_ENTRY")
public class AuditEntryEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "TENANT_ID")
    Long tenantId;

    String actor;

    @Column(nullable = false)
    String source;

    @Column(nullable = false)
    String action;

    @Column(nullable = false)
    String detail;

    @Column(name = "OCCURRED_AT", nullable = false)
    Instant occurredAt;
}
