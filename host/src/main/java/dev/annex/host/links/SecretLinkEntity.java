package dev.annex.host.links;

import dev.annex.plugin.api.links.SecretLink;
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

/** A one-time link a plugin handed out: the hash of its secret, never the secret. */
@Entity
@Table(name = "SECRET_LINK")
@Multitenant
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public class SecretLinkEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "PLUGIN_ID", nullable = false)
    String pluginId;

    @Column(name = "PURPOSE", nullable = false)
    String purpose;

    @Column(name = "SECRET_HASH", nullable = false)
    String secretHash;

    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;

    @Column(name = "EXPIRES_AT", nullable = false)
    Instant expiresAt;

    @Column(name = "REDEEMED_AT")
    Instant redeemedAt;

    @Column(name = "REVOKED_AT")
    Instant revokedAt;

    SecretLink toRecord() {
        return new SecretLink(id, purpose, createdAt, expiresAt, redeemedAt, revokedAt);
    }
}
