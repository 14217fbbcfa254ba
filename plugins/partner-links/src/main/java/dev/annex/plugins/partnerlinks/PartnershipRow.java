package dev.annex.plugins.partnerlinks;

import dev.annex.plugin.api.access.AccessLevel;
import dev.annex.plugins.partnerlinks.api.Partnership;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A partnership as stored; ended ones stay, with who ended them and when. */
@Entity
@Table(name = "PARTNER_LINKS_PARTNERSHIP")
public class PartnershipRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "PARTNER_ORG_ID", nullable = false)
    long partnerId;

    @Column(name = "CUSTOMER_ORG_ID", nullable = false)
    long customerId;

    @Enumerated(EnumType.STRING)
    @Column(name = "DEFAULT_LEVEL", nullable = false, length = 20)
    AccessLevel defaultLevel;

    @Column(name = "REQUEST_ID", nullable = false)
    long requestId;

    @Column(name = "TERMS_VERSION", nullable = false, length = 40)
    String termsVersion;

    @Column(name = "ACCEPTED_BY", nullable = false)
    long acceptedBy;

    @Column(name = "ACCEPTED_AT", nullable = false)
    Instant acceptedAt;

    @Column(name = "ENDED_BY")
    Long endedBy;

    @Column(name = "ENDED_AT")
    Instant endedAt;

    protected PartnershipRow() {
    }

    PartnershipRow(long partnerId, long customerId, AccessLevel defaultLevel, long requestId, String termsVersion,
                   long acceptedBy, Instant acceptedAt) {
        this.partnerId = partnerId;
        this.customerId = customerId;
        this.defaultLevel = defaultLevel;
        this.requestId = requestId;
        this.termsVersion = termsVersion;
        this.acceptedBy = acceptedBy;
        this.acceptedAt = acceptedAt;
    }

    Partnership toRecord() {
        return new Partnership(id, partnerId, customerId, defaultLevel, acceptedAt, endedAt);
    }
}
