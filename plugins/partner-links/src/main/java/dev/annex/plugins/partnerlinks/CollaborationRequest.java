package dev.annex.plugins.partnerlinks;

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
 * A partner's named collaboration request. The link's secret lives only as a hash in the host's
 * secret links ({@link #linkId}); this row never sees it.
 */
@Entity
@Table(name = "PARTNER_LINKS_REQUEST")
public class CollaborationRequest {

    /** What became of a link; none while it is unused (then it is "not used" or "expired" by time). */
    public enum Outcome { ACCEPTED, DECLINED, REVOKED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "PARTNER_ORG_ID", nullable = false)
    long partnerId;

    @Column(name = "NAME", nullable = false, length = 100)
    String name;

    @Column(name = "LINK_ID", nullable = false)
    long linkId;

    @Column(name = "CREATED_BY", nullable = false)
    long createdBy;

    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;

    @Column(name = "EXPIRES_AT", nullable = false)
    Instant expiresAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "OUTCOME", length = 20)
    Outcome outcome;

    @Column(name = "CUSTOMER_ORG_ID")
    Long customerId;

    @Column(name = "DECIDED_BY")
    Long decidedBy;

    @Column(name = "DECIDED_AT")
    Instant decidedAt;

    protected CollaborationRequest() {
    }

    CollaborationRequest(long partnerId, String name, long linkId, long createdBy, Instant createdAt, Instant expiresAt) {
        this.partnerId = partnerId;
        this.name = name;
        this.linkId = linkId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** The status the Requests tab shows, derived from time for expiry. */
    LinkStatus statusAt(Instant now) {
        if (outcome != null) {
            return switch (outcome) {
                case ACCEPTED -> LinkStatus.ACCEPTED;
                case DECLINED -> LinkStatus.DECLINED;
                case REVOKED -> LinkStatus.REVOKED;
            };
        }
        return now.isBefore(expiresAt) ? LinkStatus.NOT_USED : LinkStatus.EXPIRED;
    }

    void decide(Outcome outcome, Long customerId, long by, Instant at) {
        this.outcome = outcome;
        this.customerId = customerId;
        this.decidedBy = by;
        this.decidedAt = at;
    }
}
