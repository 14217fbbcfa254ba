package dev.annex.host.activation;

import dev.annex.host.helpdesk.Directory;
import dev.annex.host.helpdesk.Person;
import dev.annex.host.links.SecretLinkGuesses;
import dev.annex.host.links.SecretLinkStore;
import dev.annex.host.mail.MailOutbox;
import dev.annex.host.refusal.Refusal;
import dev.annex.host.security.Credentials;
import dev.annex.host.security.LoginThrottle;
import dev.annex.host.tenant.TenantContext;
import dev.annex.host.tenant.TenantEntityManager;
import dev.annex.host.tenant.TenantRef;
import dev.annex.host.tenant.Tenants;
import dev.annex.plugin.api.directory.Invitation;
import dev.annex.plugin.api.directory.InvitationState;
import dev.annex.plugin.api.links.IssuedSecret;
import dev.annex.plugin.api.links.SecretLink;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Activation links of the current tenant's people: a person added without a password is mailed a
 * one-time link to the host's page {@code /t/{tenant}/activate#secret}, where they choose one.
 * The link is a secret link owned by the host (an owner no plugin id can be), so only its hash is
 * kept; a new link for a person revokes the earlier one; look-ups that find nothing are throttled
 * per client like every other secret link.
 */
@ApplicationScoped
@Transactional
public class Activations {

    /** The secret links' owner: not a plugin id ({@code [a-z][a-z0-9-]*}), so no plugin reaches these links. */
    static final String OWNER = "@host";
    static final String PURPOSE = "activation";
    public static final Duration LONGEST = Duration.ofDays(30);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** The person a valid link is for. */
    public record Pending(long personId, String email, String displayName, Instant expiresAt) {
    }

    private final TenantEntityManager entityManager;
    private final TenantContext tenantContext;
    private final Tenants tenants;
    private final Directory directory;
    private final SecretLinkStore links;
    private final MailOutbox outbox;
    private final Credentials credentials;
    private final SecretLinkGuesses guesses;
    private final Clock clock;
    private final String publicUrl;

    @Inject
    public Activations(TenantEntityManager entityManager, TenantContext tenantContext, Tenants tenants,
                       Directory directory, SecretLinkStore links,
                       MailOutbox outbox, Credentials credentials, LoginThrottle throttle, Clock clock,
                       @ConfigProperty(name = "annex.public-url", defaultValue = "http://localhost:9080") String publicUrl) {
        this.entityManager = entityManager;
        this.tenantContext = tenantContext;
        this.tenants = tenants;
        this.directory = directory;
        this.links = links;
        this.outbox = outbox;
        this.credentials = credentials;
        this.guesses = new SecretLinkGuesses(throttle, Refusal::tooManyAttempts);
        this.clock = clock;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    protected Activations() {
        this(null, null, null, null, null, null, null, null, null, "");
    }

    /**
     * Mails the person a new link, revoking the one sent before.
     *
     * @param sentBy  {@code plugin:<id>} or {@code person:<id>}, kept with the invitation
     * @param inviter whom the mail names as inviting, e.g. the partner's name
     */
    public Invitation send(long personId, String email, String displayName, Duration lifetime, String sentBy,
                           String inviter) {
        if (lifetime == null || lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(LONGEST) > 0) {
            throw new IllegalArgumentException("must be positive and at most " + LONGEST.toDays() + " days");
        }
        EntityManager em = entityManager.get();
        ActivationEntity activation = byPerson(em, personId).orElseGet(ActivationEntity::new);
        if (activation.id != null) {
            links.revoke(OWNER, activation.linkId);
        }
        IssuedSecret issued = links.issue(OWNER, PURPOSE, lifetime);
        activation.personId = personId;
        activation.linkId = issued.link().id();
        activation.sentAt = issued.link().createdAt();
        activation.expiresAt = issued.link().expiresAt();
        activation.activatedAt = null;
        activation.sentBy = sentBy;
        if (activation.id == null) {
            em.persist(activation);
        }
        em.flush();
        TenantRef tenant = tenantContext.current();
        // People know their help desk by its name; the slug is for the address.
        String helpDesk = tenants.bySlug(tenant.slug()).orElseThrow().name();
        outbox.queue(tenant.id(), MailOutbox.HOST_SOURCE, email, "Choose your password for the help desk " + helpDesk,
                "Hello " + displayName + ",\n\n"
                        + inviter + " has invited you to the help desk " + helpDesk + ". Choose your password here:\n\n"
                        + publicUrl + "/t/" + tenant.slug() + "/activate#" + issued.secret() + "\n\n"
                        + "The link works once, until " + WHEN.format(activation.expiresAt) + ". If you did not expect"
                        + " this mail, ignore it: nothing happens until the link is used.\n");
        return invitation(activation, email);
    }

    /** The newest invitation of each person that has one. */
    public List<Invitation> of(Map<Long, String> emailsByPerson) {
        if (emailsByPerson.isEmpty()) {
            return List.of();
        }
        return entityManager.get().createQuery("SELECT a FROM ActivationEntity a WHERE a.personId IN :people",
                        ActivationEntity.class)
                .setParameter("people", List.copyOf(emailsByPerson.keySet())).getResultStream()
                .map(a -> invitation(a, emailsByPerson.get(a.personId))).toList();
    }

    /** Whether the person has an invitation that was not used yet (so may be invited again). */
    public boolean awaitsActivation(long personId) {
        return byPerson(entityManager.get(), personId).filter(a -> a.activatedAt == null).isPresent();
    }

    /**
     * The person a link is for, without using it up.
     *
     * @param client who asks (the client's address), for throttling guesses
     */
    public Optional<Pending> check(String secret, String client) {
        return throttled(client, () -> links.check(OWNER, PURPOSE, secret)).flatMap(this::pending);
    }

    /**
     * Uses the link up and sets the person's password, in one transaction: a failure leaves the
     * link valid.
     *
     * @param passwordHash {@link Credentials#hash} of the chosen password, made before the transaction
     * @return the person, or empty for a wrong, used, replaced or expired link alike
     */
    public Optional<Pending> activate(String secret, String passwordHash, String client) {
        Optional<Pending> activated = throttled(client, () -> links.redeem(OWNER, PURPOSE, secret)).flatMap(this::pending);
        activated.ifPresent(pending -> {
            ActivationEntity activation = byPerson(entityManager.get(), pending.personId()).orElseThrow();
            activation.activatedAt = Instant.now(clock);
            credentials.setPasswordHash(pending.personId(), passwordHash);
        });
        return activated;
    }

    private Optional<Pending> pending(SecretLink link) {
        return entityManager.get().createQuery("SELECT a FROM ActivationEntity a WHERE a.linkId = :link",
                        ActivationEntity.class)
                .setParameter("link", link.id()).getResultStream().findFirst()
                .flatMap(a -> directory.person(a.personId).filter(Person::active)
                        .map(p -> new Pending(p.id(), p.email(), p.displayName(), a.expiresAt)));
    }

    private Optional<SecretLink> throttled(String client, Supplier<Optional<SecretLink>> lookUp) {
        return guesses.lookUp("activation|" + tenantContext.current().id(), client, lookUp);
    }

    private static Optional<ActivationEntity> byPerson(EntityManager em, long personId) {
        return em.createQuery("SELECT a FROM ActivationEntity a WHERE a.personId = :person", ActivationEntity.class)
                .setParameter("person", personId).getResultStream().findFirst();
    }

    private Invitation invitation(ActivationEntity a, String email) {
        InvitationState state = a.activatedAt != null ? InvitationState.ACTIVATED
                : Instant.now(clock).isBefore(a.expiresAt) ? InvitationState.PENDING : InvitationState.EXPIRED;
        return new Invitation(a.personId, email, state, a.sentAt, a.expiresAt);
    }
}
