package dev.annex.host.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A session or personal API token. Not EclipseLink-multitenant because operator tokens belong to
 * no tenant; every query on it names the tenant explicitly instead (see {@link AccessTokens}).
 */
@Entity
@Table(name = "ACCESS_TOKEN")
public class AccessTokenEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "TOKEN_HASH", nullable = false)
    String tokenHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    TokenKind kind;

    @Column(name = "TENANT_ID")
    Long tenantId;

    @Column(name = "PERSON_ID")
    Long personId;

    @Column(name = "OPERATOR_ID")
    Long operatorId;

    String name;

    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;

    @Column(name = "EXPIRES_AT")
    Instant expiresAt;

    @Column(name = "LAST_USED_AT")
    Instant lastUsedAt;

    /** The token's own request limit, below the installation's; null for the installation's. */
    @Column(name = "REQUESTS_PER_MINUTE")
    Integer requestsPerMinute;

    ApiToken toRecord() {
        return new ApiToken(id, name, createdAt, expiresAt, lastUsedAt, requestsPerMinute);
    }
}
