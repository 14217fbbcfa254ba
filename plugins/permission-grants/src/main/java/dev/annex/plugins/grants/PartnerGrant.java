package dev.annex.plugins.grants;

import dev.annex.plugin.api.access.Subject;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A customer organisation's grant to a partner organisation or one person, with the level the
 * customer chose. The host's own grant (what its ticket queries read) is kept in step and named
 * by {@link #hostGrantId}. One grant per customer and subject: changing it is an edit.
 */
@Entity
@Table(name = "PERMISSION_GRANTS_GRANT")
public class PartnerGrant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "CUSTOMER_ORG_ID", nullable = false)
    long customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "SUBJECT_KIND", nullable = false, length = 20)
    Subject.Kind subjectKind;

    @Column(name = "SUBJECT_ID", nullable = false)
    long subjectId;

    @Enumerated(EnumType.STRING)
    @Column(name = "GRANT_LEVEL", nullable = false, length = 20)
    PartnerLevel level;

    @Column(name = "EXPIRES_AT", nullable = false)
    Instant expiresAt;

    @Column(name = "HOST_GRANT_ID", nullable = false)
    long hostGrantId;

    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;

    @Column(name = "CREATED_BY")
    Long createdBy;

    protected PartnerGrant() {
    }

    PartnerGrant(long customerId, Subject subject, PartnerLevel level, Instant expiresAt, Instant createdAt,
                 Long createdBy) {
        this.customerId = customerId;
        this.subjectKind = subject.kind();
        this.subjectId = subject.id();
        this.level = level;
        this.expiresAt = expiresAt;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    Subject subject() {
        return new Subject(subjectKind, subjectId);
    }

    boolean liveAt(Instant now) {
        return expiresAt.isAfter(now);
    }
}
