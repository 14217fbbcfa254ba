package dev.annex.plugins.reseller;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * One host organisation's place in the tree. Customers also carry their subscription, and the
 * number of their sites and assets: kept here in the same transaction as every site or asset
 * change (under a lock on this row), so the partners' and distributors' roll-ups are one
 * grouped query over this table however many sites there are.
 */
@Entity
@Table(name = "RESELLER_HIERARCHY_ORG", indexes = {
        @Index(name = "UX_RESELLER_HIERARCHY_ORG", columnList = "TENANT_ID, ORG_ID", unique = true),
        @Index(name = "IX_RESELLER_HIERARCHY_ORG_PARENT", columnList = "TENANT_ID, PARENT_ORG_ID, KIND")})
public class OrgNode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    /** The host organisation. */
    @Column(name = "ORG_ID", nullable = false)
    long orgId;

    /** A copy of the organisation's name, so that pages sort and search it in SQL. */
    @Column(name = "NAME", nullable = false, length = 200)
    String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 20)
    Kind kind;

    /** The parent's host organisation id; null for distributors and partners under the tenant. */
    @Column(name = "PARENT_ORG_ID")
    Long parentOrgId;

    /** The customer admin's email (customers only). */
    @Column(name = "EMAIL", length = 254)
    String email;

    @Column(name = "SEATS", nullable = false)
    int seats;

    @Column(name = "EXPIRES_ON")
    LocalDate expiresOn;

    /** The expiry date the partner's admins were last reminded of (see ExpiryReminders). */
    @Column(name = "REMINDED_FOR")
    LocalDate remindedFor;

    @Column(name = "SITE_COUNT", nullable = false)
    int siteCount;

    @Column(name = "ASSET_COUNT", nullable = false)
    int assetCount;

    protected OrgNode() {
    }

    OrgNode(long orgId, String name, Kind kind, Long parentOrgId) {
        this.orgId = orgId;
        this.name = name;
        this.kind = kind;
        this.parentOrgId = parentOrgId;
    }
}
