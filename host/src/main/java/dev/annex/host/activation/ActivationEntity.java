package dev.annex.host.activation;

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

/** A person's newest invitation to choose a password, and whether it was used. */
@Entity
@Table(name = "PERSON_ACTIVATION")
@Multitenant
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public class ActivationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "PERSON_ID", nullable = false)
    long personId;

    @Column(name = "LINK_ID", nullable = false)
    long linkId;

    @Column(name = "SENT_AT", nullable = false)
    Instant sentAt;

    @Column(name = "EXPIRES_AT", nullable = false)
    Instant expiresAt;

    @Column(name = "ACTIVATED_AT")
    Instant activatedAt;

    /** Who sent it: {@code plugin:<id>} or {@code person:<id>}. */
    @Column(name = "SENT_BY", nullable = false)
    String sentBy;
}
