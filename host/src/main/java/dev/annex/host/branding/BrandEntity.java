package dev.annex.host.branding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/** An organisation's brand. */
@Entity
@Table(name = "ORGANISATION_BRAND")
@Multitenant
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public class BrandEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "ORGANISATION_ID", nullable = false)
    long organisationId;

    @Column(name = "DISPLAY_NAME", nullable = false)
    String displayName;

    @Column(name = "ACCENT_COLOUR", nullable = false)
    String accentColour;

    @Column(name = "LOGO_TYPE")
    String logoType;

    // Not lazy: woven lazy loading would leave the field null when Brands reads it directly.
    // Brands.summary projects the small columns instead, so the bytes are read only for the logo.
    @Lob
    @Column(name = "LOGO")
    byte[] logo;

    @Column(name = "LOGO_SHA256")
    String logoSha256;

    @Column(name = "UPDATED_AT", nullable = false)
    Instant updatedAt;

    @Column(name = "UPDATED_BY", nullable = false)
    String updatedBy;
}
