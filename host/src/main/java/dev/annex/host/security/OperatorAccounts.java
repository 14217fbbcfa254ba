package dev.annex.host.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
@Transactional
public class OperatorAccounts {

    @PersistenceContext(unitName = "annex")
    EntityManager em;

    private final PasswordHasher hasher;
    private final Clock clock;

    @Inject
    public OperatorAccounts(PasswordHasher hasher, Clock clock) {
        this.hasher = hasher;
        this.clock = clock;
    }

    protected OperatorAccounts() {
        this(null, null);
    }

    public boolean any() {
        return em.createQuery("SELECT COUNT(o) FROM OperatorAccountEntity o", Long.class).getSingleResult() > 0;
    }

    public Operator create(String email, String password) {
        OperatorAccountEntity entity = new OperatorAccountEntity();
        entity.email = normalise(email);
        entity.passwordHash = hasher.hash(password);
        entity.createdAt = Instant.now(clock);
        em.persist(entity);
        em.flush();
        return new Operator(entity.id, entity.email);
    }

    /** The operator with these credentials; the same time is spent whether the email exists or not. */
    public Optional<Operator> authenticate(String email, String password) {
        Optional<OperatorAccountEntity> account = byEmail(email);
        if (account.isEmpty()) {
            hasher.matchNothing(password);
            return Optional.empty();
        }
        return account.filter(a -> hasher.matches(password, a.passwordHash)).map(a -> new Operator(a.id, a.email));
    }

    public Optional<Operator> find(long id) {
        return Optional.ofNullable(em.find(OperatorAccountEntity.class, id)).map(a -> new Operator(a.id, a.email));
    }

    private Optional<OperatorAccountEntity> byEmail(String email) {
        return em.createQuery("SELECT o FROM OperatorAccountEntity o WHERE o.email = :email", OperatorAccountEntity.class)
                .setParameter("email", normalise(email))
                .getResultStream().findFirst();
    }

    private static String normalise(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
