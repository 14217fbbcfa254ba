package dev.annex.host.links;

import dev.annex.host.security.SecretTokens;
import dev.annex.host.tenant.TenantEntityManager;
import dev.annex.plugin.api.links.IssuedSecret;
import dev.annex.plugin.api.links.SecretLink;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The current tenant's secret links, per plugin and purpose. Only hashes are stored; a secret is
 * looked up by its hash. Redemption is one conditional UPDATE, so two redemptions of one link at
 * the same moment cannot both succeed, and a redemption that rolls back leaves the link valid.
 * Callers throttle failed look-ups ({@link PluginSecretLinks}); this class only answers.
 */
@ApplicationScoped
@Transactional
public class SecretLinkStore {

    static final Duration LONGEST = Duration.ofDays(366);
    private static final Pattern PURPOSE = Pattern.compile("[a-z0-9._-]{1,40}");
    /** A secret as {@link SecretTokens#newSecret} makes it: anything else is not looked up at all. */
    private static final Pattern SECRET_SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final TenantEntityManager entityManager;
    private final Clock clock;

    @Inject
    public SecretLinkStore(TenantEntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    protected SecretLinkStore() {
        this(null, null);
    }

    public IssuedSecret issue(String pluginId, String purpose, Duration lifetime) {
        requirePurpose(purpose);
        if (lifetime == null || lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("A secret link lives longer than nothing and at most " + LONGEST.toDays()
                    + " days, not " + lifetime);
        }
        String secret = SecretTokens.newSecret("");
        SecretLinkEntity link = new SecretLinkEntity();
        link.pluginId = pluginId;
        link.purpose = purpose;
        link.secretHash = SecretTokens.hash(secret);
        link.createdAt = now();
        link.expiresAt = link.createdAt.plus(lifetime);
        EntityManager em = entityManager.get();
        em.persist(link);
        em.flush();
        return new IssuedSecret(link.toRecord(), secret);
    }

    /** The valid link this secret opens, for this plugin and purpose; empty for any other secret. */
    public Optional<SecretLink> check(String pluginId, String purpose, String secret) {
        Instant now = now();
        return byHash(pluginId, purpose, secret)
                .filter(link -> link.redeemedAt == null && link.revokedAt == null && now.isBefore(link.expiresAt))
                .map(SecretLinkEntity::toRecord);
    }

    /** Uses the link up; empty when it was not valid, or a concurrent redemption won. */
    public Optional<SecretLink> redeem(String pluginId, String purpose, String secret) {
        if (!SECRET_SHAPE.matcher(secret == null ? "" : secret).matches()) {
            return Optional.empty();
        }
        Instant now = now();
        EntityManager em = entityManager.get();
        int used = em.createQuery("UPDATE SecretLinkEntity l SET l.redeemedAt = :now WHERE l.secretHash = :hash"
                        + " AND l.pluginId = :plugin AND l.purpose = :purpose AND l.redeemedAt IS NULL"
                        + " AND l.revokedAt IS NULL AND l.expiresAt > :now")
                .setParameter("now", now).setParameter("hash", SecretTokens.hash(secret))
                .setParameter("plugin", pluginId).setParameter("purpose", purpose)
                .executeUpdate();
        if (used == 0) {
            return Optional.empty();
        }
        return byHash(pluginId, purpose, secret).map(link -> {
            em.refresh(link);
            return link.toRecord();
        });
    }

    public boolean revoke(String pluginId, long linkId) {
        return entityManager.get().createQuery("UPDATE SecretLinkEntity l SET l.revokedAt = :now WHERE l.id = :id"
                        + " AND l.pluginId = :plugin AND l.redeemedAt IS NULL AND l.revokedAt IS NULL")
                .setParameter("now", now()).setParameter("id", linkId).setParameter("plugin", pluginId)
                .executeUpdate() > 0;
    }

    public Optional<SecretLink> find(String pluginId, long linkId) {
        return entityManager.get().createQuery("SELECT l FROM SecretLinkEntity l WHERE l.id = :id AND l.pluginId = :plugin",
                        SecretLinkEntity.class)
                .setParameter("id", linkId).setParameter("plugin", pluginId)
                .getResultStream().findFirst().map(SecretLinkEntity::toRecord);
    }

    private Optional<SecretLinkEntity> byHash(String pluginId, String purpose, String secret) {
        if (!SECRET_SHAPE.matcher(secret == null ? "" : secret).matches()) {
            return Optional.empty();
        }
        return entityManager.get().createQuery("SELECT l FROM SecretLinkEntity l WHERE l.secretHash = :hash"
                        + " AND l.pluginId = :plugin AND l.purpose = :purpose", SecretLinkEntity.class)
                .setParameter("hash", SecretTokens.hash(secret)).setParameter("plugin", pluginId)
                .setParameter("purpose", purpose).getResultStream().findFirst();
    }

    static void requirePurpose(String purpose) {
        if (purpose == null || !PURPOSE.matcher(purpose).matches()) {
            throw new IllegalArgumentException("A link's purpose is 1-40 characters of a-z 0-9 . _ -, not " + purpose);
        }
    }

    private Instant now() {
        // Milliseconds, as the database keeps them: a link read back compares as it was written.
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }
}
