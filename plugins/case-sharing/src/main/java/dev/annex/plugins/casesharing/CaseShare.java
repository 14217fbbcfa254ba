package dev.annex.plugins.casesharing;

import dev.annex.plugin.api.access.AccessLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/**
 * A ticket shared with a partner through a partnership. What the partner may do is the host's
 * grant {@link #hostGrantId}, which the host folds into its own ticket queries; this row records
 * why it exists so it can be changed, removed or ended with the partnership.
 */
@Entity
@Table(name = "CASE_SHARING_SHARE", uniqueConstraints = @UniqueConstraint(name = "UQ_CASE_SHARING_TICKET",
        columnNames = {"TENANT_ID", "TICKET_ID"}))
public class CaseShare {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "TICKET_ID", nullable = false)
    long ticketId;

    @Column(name = "CUSTOMER_ORG_ID", nullable = false)
    long customerId;

    @Column(name = "PARTNER_ORG_ID", nullable = false)
    long partnerId;

    @Column(name = "PARTNERSHIP_ID", nullable = false)
    long partnershipId;

    @Enumerated(EnumType.STRING)
    @Column(name = "ACCESS_LEVEL", nullable = false, length = 20)
    AccessLevel level;

    @Column(name = "HOST_GRANT_ID", nullable = false)
    long hostGrantId;

    @Column(name = "TERMS_VERSION", nullable = false, length = 40)
    String termsVersion;

    @Column(name = "SHARED_BY", nullable = false)
    long sharedBy;

    @Column(name = "SHARED_AT", nullable = false)
    Instant sharedAt;

    protected CaseShare() {
    }

    CaseShare(long ticketId, long customerId) {
        this.ticketId = ticketId;
        this.customerId = customerId;
    }
}
