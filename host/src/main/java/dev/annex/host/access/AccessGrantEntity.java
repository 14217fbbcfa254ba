package dev.annex.host.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * A grant written by a plugin. Kinds are stored as text and the level as its rank, so the ticket
 * query can compare them in SQL.
 */
@Entity
@Table(name = "ACCESS_GRANT")
@Multitenant
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public class AccessGrantEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "SOURCE_PLUGIN", nullable = false)
    String sourcePlugin;

    @Column(name = "SUBJECT_KIND", nullable = false)
    String subjectKind;

    @Column(name = "SUBJECT_ID", nullable = false)
    long subjectId;

    @Column(name = "TARGET_KIND", nullable = false)
    String targetKind;

    @Column(name = "TARGET_ID", nullable = false)
    long targetId;

    @Column(name = "LEVEL_RANK", nullable = false)
    int levelRank;

    @Column(name = "EXPIRES_AT")
    Instant expiresAt;

    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;
}
