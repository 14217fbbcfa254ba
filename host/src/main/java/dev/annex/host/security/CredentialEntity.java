package dev.annex.host.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/** A person's password hash, kept by Annex rather than by the help desk. */
@Entity
@Table(name = "CREDENTIAL")
@Multitenant
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public class CredentialEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "PERSON_ID", nullable = false)
    long personId;

    @Column(name = "PASSWORD_HASH", nullable = false)
    String passwordHash;

    @Column(name = "UPDATED_AT", nullable = false)
    Instant updatedAt;
}
