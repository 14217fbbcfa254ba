package dev.annex.host.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** Issues, resolves and revokes sessions and API tokens; stores only their hashes. */
@ApplicationScoped
@Transactional
public class AccessTokens {

    @PersistenceContext(unitName = "annex")
    EntityManager em;

    private final Clock clock;

    @Inject
    public AccessTokens(Clock clock) {
        this.clock = clock;
    }

    protected AccessTokens() {
        this(null);
    }

    public IssuedToken issue(TokenKind kind, TokenOwner owner, String name, Duration lifetime) {
        String secret = SecretTokens.newSecret(kind == TokenKind.SESSION ? "annex_s_" : "annex_t_");
        AccessTokenEntity entity = new AccessTokenEntity();
        entity.tokenHash = SecretTokens.hash(secret);
        entity.kind = kind;
        entity.tenantId = owner.tenantId();
        entity.personId = owner.personId();
        entity.operatorId = owner.operatorId();
        entity.name = name;
        entity.createdAt = now();
        entity.expiresAt = lifetime == null ? null : entity.createdAt.plus(lifetime);
        em.persist(entity);
        em.flush();
        return new IssuedToken(secret, entity.toRecord());
    }

    /**
     * The owner of a live token of this kind, issued in this tenant ({@code tenantId} null for the
     * operator area). A token of another tenant is not found here, exactly like a wrong token.
     */
    public Optional<TokenOwner> resolve(String secret, TokenKind kind, Long tenantId) {
        String tenantCondition = tenantId == null ? "t.tenantId IS NULL" : "t.tenantId = :tenant";
        var query = em.createQuery("SELECT t FROM AccessTokenEntity t WHERE t.tokenHash = :hash AND t.kind = :kind AND "
                + tenantCondition, AccessTokenEntity.class)
                .setParameter("hash", SecretTokens.hash(secret))
                .setParameter("kind", kind);
        if (tenantId != null) {
            query.setParameter("tenant", tenantId);
        }
        Instant now = now();
        return query.getResultStream().findFirst()
                .filter(token -> token.expiresAt == null || token.expiresAt.isAfter(now))
                .map(token -> {
                    // Recorded once a minute at most: a write per request would make concurrent
                    // requests of one session contend for the same row.
                    if (token.lastUsedAt == null || token.lastUsedAt.isBefore(now.minusSeconds(60))) {
                        token.lastUsedAt = now;
                    }
                    return new TokenOwner(token.tenantId, token.personId, token.operatorId);
                });
    }

    public void revokeSecret(String secret) {
        em.createQuery("DELETE FROM AccessTokenEntity t WHERE t.tokenHash = :hash")
                .setParameter("hash", SecretTokens.hash(secret))
                .executeUpdate();
    }

    public List<ApiToken> apiTokens(long tenantId, long personId) {
        return em.createQuery("SELECT t FROM AccessTokenEntity t WHERE t.tenantId = :tenant AND t.personId = :person"
                        + " AND t.kind = :kind ORDER BY t.createdAt DESC, t.id DESC", AccessTokenEntity.class)
                .setParameter("tenant", tenantId)
                .setParameter("person", personId)
                .setParameter("kind", TokenKind.API)
                .getResultList().stream().map(AccessTokenEntity::toRecord).toList();
    }

    /** @return whether the person had such a token */
    public boolean revokeApiToken(long tenantId, long personId, long tokenId) {
        return em.createQuery("DELETE FROM AccessTokenEntity t WHERE t.id = :id AND t.tenantId = :tenant"
                        + " AND t.personId = :person AND t.kind = :kind")
                .setParameter("id", tokenId)
                .setParameter("tenant", tenantId)
                .setParameter("person", personId)
                .setParameter("kind", TokenKind.API)
                .executeUpdate() > 0;
    }

    /**
     * Ends every session and API token of a person but the one session given (null: all), e.g.
     * when their password changes: whoever knew the old one must not stay signed in.
     */
    public void revokeAllBut(long tenantId, long personId, String keptSession) {
        if (keptSession == null) {
            revokeAll(tenantId, personId);
            return;
        }
        em.createQuery("DELETE FROM AccessTokenEntity t WHERE t.tenantId = :tenant AND t.personId = :person"
                        + " AND t.tokenHash <> :kept")
                .setParameter("tenant", tenantId)
                .setParameter("person", personId)
                .setParameter("kept", SecretTokens.hash(keptSession))
                .executeUpdate();
    }

    /** Ends every session and token of a person, e.g. when they are deactivated. */
    public void revokeAll(long tenantId, long personId) {
        em.createQuery("DELETE FROM AccessTokenEntity t WHERE t.tenantId = :tenant AND t.personId = :person")
                .setParameter("tenant", tenantId)
                .setParameter("person", personId)
                .executeUpdate();
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
