package dev.annex.plugins.reseller;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** A device or agent monitored at a site (seed 003's "probes"). */
@Entity
@Table(name = "RESELLER_HIERARCHY_ASSET",
        indexes = @Index(name = "IX_RESELLER_HIERARCHY_ASSET", columnList = "TENANT_ID, SITE_ID"))
public class AssetRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "SITE_ID", nullable = false)
    long siteId;

    /** The site's customer, so that a customer's deletion removes its assets in one statement. */
    @Column(name = "CUSTOMER_ORG_ID", nullable = false)
    long customerOrgId;

    @Column(name = "NAME", nullable = false, length = 100)
    String name;

    @Column(name = "KIND", nullable = false, length = 40)
    String kind;

    @Column(name = "IDENTIFIER", nullable = false, length = 100)
    String identifier;

    protected AssetRow() {
    }

    AssetRow(long siteId, long customerOrgId, String name, String kind, String identifier) {
        this.siteId = siteId;
        this.customerOrgId = customerOrgId;
        this.name = name;
        this.kind = kind;
        this.identifier = identifier;
    }
}
