package dev.annex.host.security;

import dev.annex.host.cluster.ClusterChange;
import dev.annex.host.cluster.ClusterSignals;
import dev.annex.host.tenant.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Sets and checks the passwords of the current tenant's people. */
@ApplicationScoped
public class Credentials {

    private final TenantEntityManager entityManager;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final ClusterSignals signals;

    @Inject
    public Credentials(TenantEntityManager entityManager, PasswordHasher hasher, Clock clock, ClusterSignals signals) {
        this.entityManager = entityManager;
        this.hasher = hasher;
        this.clock = clock;
        this.signals = signals;
    }

    protected Credentials() {
        this(null, null, null, null);
    }

    public void setPassword(long personId, String password) {
        setPasswordHash(personId, hash(password));
    }

    /**
     * The stored form of a password. Deliberately slow (hundreds of milliseconds at production
     * strength), so callers hash before their transaction begins: hashing inside it would hold
     * the new person's row locks that long, and concurrent writers would queue behind each hash.
     */
    public String hash(String password) {
        return hasher.hash(password);
    }

    /** Stores a hash made by {@link #hash}. */
    public void setPasswordHash(long personId, String passwordHash) {
        EntityManager em = entityManager.get();
        CredentialEntity credential = find(em, personId).orElseGet(() -> {
            CredentialEntity created = new CredentialEntity();
            created.personId = personId;
            em.persist(created);
            return created;
        });
        credential.passwordHash = passwordHash;
        credential.updatedAt = Instant.now(clock);
        em.flush();
        // The old password, still remembered as verified, must stop working now.
        signals.publish(new ClusterChange(VerifiedPasswords.TOPIC, AccessTokens.personKey(personId)));
    }

    /** True only when the person has a password and it matches; costs the same time either way. */
    public boolean check(long personId, String password) {
        Optional<CredentialEntity> credential = find(entityManager.get(), personId);
        if (credential.isEmpty()) {
            hasher.matchNothing(password);
            return false;
        }
        return hasher.matches(password, credential.get().passwordHash);
    }

    private static Optional<CredentialEntity> find(EntityManager em, long personId) {
        return em.createQuery("SELECT c FROM CredentialEntity c WHERE c.personId = :person", CredentialEntity.class)
                .setParameter("person", personId)
                .getResultStream().findFirst();
    }
}
