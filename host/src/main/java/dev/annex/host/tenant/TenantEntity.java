package dev.annex.host.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A help desk on this installation. Not tenant-owned itself: it is the owner. */
@Entity
@Table(name = "TENANT")
public class TenantEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, unique = true)
    String slug;

    @Column(nullable = false)
    String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    TenantStatus status;

    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;

    public Tenant toRecord() {
        return new Tenant(id, slug, name, status, createdAt);
    }
}
