package dev.annex.plugins.reseller;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** A product a customer subscribes to, with its quantity. */
@Entity
@Table(name = "RESELLER_HIERARCHY_SKU",
        indexes = @Index(name = "IX_RESELLER_HIERARCHY_SKU", columnList = "TENANT_ID, CUSTOMER_ORG_ID"))
public class SkuRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "CUSTOMER_ORG_ID", nullable = false)
    long customerOrgId;

    @Column(name = "SKU", nullable = false, length = 40)
    String sku;

    @Column(name = "QUANTITY", nullable = false)
    int quantity;

    protected SkuRow() {
    }

    SkuRow(long customerOrgId, String sku, int quantity) {
        this.customerOrgId = customerOrgId;
        this.sku = sku;
        this.quantity = quantity;
    }
}
