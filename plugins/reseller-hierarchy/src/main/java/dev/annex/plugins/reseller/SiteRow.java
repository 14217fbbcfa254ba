package dev.annex.plugins.reseller;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** A customer's site (seed 003: the customer's locations where assets are monitored). */
@Entity
@Table(name = "RESELLER_HIERARCHY_SITE",
        indexes = @Index(name = "IX_RESELLER_HIERARCHY_SITE", columnList = "TENANT_ID, CUSTOMER_ORG_ID"))
public class SiteRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "CUSTOMER_ORG_ID", nullable = false)
    long customerOrgId;

    @Column(name = "NAME", nullable = false, length = 100)
    String name;

    protected SiteRow() {
    }

    SiteRow(long customerOrgId, String name) {
        this.customerOrgId = customerOrgId;
        this.name = name;
    }
}
