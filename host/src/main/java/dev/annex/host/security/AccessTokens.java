package dev.annex.host.security;

import dev.annex.host.cluster.ChangeDroppedCache;
import dev.annex.host.cluster.ClusterChange;
import dev.annex.host.cluster.ClusterSignals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
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

/**
 * Issues, resolves and revokes sessions and API tokens; stores only their hashes. A resolved token
 * is kept on this node for a minute (so its last use is still recorded about once a minute) unless
 * a revocation ({@link #TOPIC}) drops it first: a revoked token is refused on the very next request.
 */
@ApplicationScoped
@Transactional
public class AccessTokens {

    /** The {@link ClusterChange} topic of revoked tokens; the key is {@link #ownerKey} or {@code hash:<hash>}. */
    public static final String TOPIC = "tokens";

    private record Lookup(String hash, TokenKind kind, Long tenantId) {
    }

    private record Resolved(TokenOwner owner, Instant expiresAt, Integer requestsPerMinute) {
    }

    /**
     * A live token: whom it signs in, the hash it is known by (never the secret), and its own
     * request limit (null for the installation's).
     */
    public record ResolvedToken(TokenOwner owner, String hash, Integer requestsPerMinute) {
    }

    @PersistenceContext(unitName = "annex")
    EntityManager em;

    private final Clock clock;
    private final ClusterSignals signals;
    private final ChangeDroppedCache<Lookup, Resolved> resolved = new ChangeDroppedCache<>(Duration.ofMinutes(1), 100_000);

    @Inject
    public AccessTokens(Clock clock, ClusterSignals signals) {
        this.clock = clock;
        this.signals = signals;
    }

    protected AccessTokens() {
        this(null, null);
    }

    public IssuedToken issue(TokenKind kind, TokenOwner owner, String name, Duration lifetime, Integer requestsPerMinute) {
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
        entity.requestsPerMinute = requestsPerMinute;
        em.persist(entity);
        em.flush();
        return new IssuedToken(secret, entity.toRecord());
    }

    /**
     * The owner of a live token of this kind, issued in this tenant ({@code tenantId} null for the
     * operator area). A token of another tenant is not found here, exactly like a wrong token.
     */
    public Optional<ResolvedToken> resolve(String secret, TokenKind kind, Long tenantId) {
        Instant now = now();
        String hash = SecretTokens.hash(secret);
        return Optional.ofNullable(resolved.get(new Lookup(hash, kind, tenantId), this::load))
                .filter(token -> token.expiresAt() == null || token.expiresAt().isAfter(now))
                .map(token -> new ResolvedToken(token.owner(), hash, token.requestsPerMinute()));
    }

    private Resolved load(Lookup lookup) {
        String tenantCondition = lookup.tenantId() == null ? "t.tenantId IS NULL" : "t.tenantId = :tenant";
        var query = em.createQuery("SELECT t FROM AccessTokenEntity t WHERE t.tokenHash = :hash AND t.kind = :kind AND "
                + tenantCondition, AccessTokenEntity.class)
                .setParameter("hash", lookup.hash())
                .setParameter("kind", lookup.kind());
        if (lookup.tenantId() != null) {
            query.setParameter("tenant", lookup.tenantId());
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
                    return new Resolved(new TokenOwner(token.tenantId, token.personId, token.operatorId),
                            token.expiresAt, token.requestsPerMinute);
                }).orElse(null);
    }

    /** The key under which a revocation of all of this owner's tokens is announced. */
    public static String ownerKey(TokenOwner owner) {
        return owner.personId() != null ? personKey(owner.personId()) : "operator:" + owner.operatorId();
    }

    public static String personKey(long personId) {
        return "person:" + personId;
    }

    void drop(@Observes(during = TransactionPhase.AFTER_COMPLETION) ClusterChange change) {
        resolved.drop((lookup, token) -> change.covers(TOPIC, ownerKey(token.owner()))
                || change.covers(TOPIC, "hash:" + lookup.hash()));
    }

    public void revokeSecret(String secret) {
        String hash = SecretTokens.hash(secret);
        em.createQuery("DELETE FROM AccessTokenEntity t WHERE t.tokenHash = :hash")
                .setParameter("hash", hash)
                .executeUpdate();
        signals.publish(new ClusterChange(TOPIC, "hash:" + hash));
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
        signals.publish(new ClusterChange(TOPIC, personKey(personId)));
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
        signals.publish(new ClusterChange(TOPIC, personKey(personId)));
    }

    /** Ends every session and token of a person, e.g. when they are deactivated. */
    public void revokeAll(long tenantId, long personId) {
        em.createQuery("DELETE FROM AccessTokenEntity t WHERE t.tenantId = :tenant AND t.personId = :person")
                .setParameter("tenant", tenantId)
                .setParameter("person", personId)
                .executeUpdate();
        signals.publish(new ClusterChange(TOPIC, personKey(personId)));
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
