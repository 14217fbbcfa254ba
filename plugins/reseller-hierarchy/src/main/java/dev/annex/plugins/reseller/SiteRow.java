package dev.annex.plugins.reseller;

import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/** A customer's site (seed 003: the customer's locations where assets are monitored). */
@Entity
@Table(name = "RESELLER_HIERARCHY_SITE",
        indexes = @Index(name = "IX_RESELLER_HIERARCHY_SITE", columnList = "TENANT_ID, CUSTOMER_ORG_ID"))
@Multitenant
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = "eclipselink.tenant-id",
        discriminatorType = DiscriminatorType.INTEGER, columnDefinition = "BIGINT NOT NULL")
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
