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

/** A partner's request for a level on a customer's tickets, until the customer decides. */
@Entity
@Table(name = "PERMISSION_GRANTS_REQUEST")
public class AccessRequest {

    enum Status { PENDING, APPROVED, DECLINED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "CUSTOMER_ORG_ID", nullable = false)
    long customerId;

    @Column(name = "REQUESTER_ID", nullable = false)
    long requesterId;

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

    @Column(name = "NOTE", length = 1000)
    String note;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    Status status;

    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;

    @Column(name = "DECIDED_AT")
    Instant decidedAt;

    @Column(name = "DECIDED_BY")
    Long decidedBy;

    protected AccessRequest() {
    }

    AccessRequest(long customerId, long requesterId, Subject subject, PartnerLevel level, Instant expiresAt,
                  String note, Instant createdAt) {
        this.customerId = customerId;
        this.requesterId = requesterId;
        this.subjectKind = subject.kind();
        this.subjectId = subject.id();
        this.level = level;
        this.expiresAt = expiresAt;
        this.note = note;
        this.status = Status.PENDING;
        this.createdAt = createdAt;
    }

    Subject subject() {
        return new Subject(subjectKind, subjectId);
    }
}
