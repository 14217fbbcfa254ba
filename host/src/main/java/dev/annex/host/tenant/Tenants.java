package dev.annex.host.tenant;

import dev.annex.host.cluster.ClusterChange;
import dev.annex.host.cluster.ClusterSignals;
import dev.annex.host.page.Page;
import dev.annex.host.page.PageRequest;
import dev.annex.host.persistence.LikePattern;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The tenants of this installation. */
@ApplicationScoped
@Transactional
public class Tenants {

    /** The {@link ClusterChange} topic of a tenant's row (its status); the key is the slug. */
    public static final String TOPIC = "tenants";
    private static final int SLUG_CHUNK = 500;

    @PersistenceContext(unitName = "annex")
    EntityManager em;

    private final Clock clock;
    private final ClusterSignals signals;

    @Inject
    public Tenants(Clock clock, ClusterSignals signals) {
        this.clock = clock;
        this.signals = signals;
    }

    protected Tenants() {
        this(null, null);
    }

    public Optional<Tenant> bySlug(String slug) {
        return em.createQuery("SELECT t FROM TenantEntity t WHERE t.slug = :slug", TenantEntity.class)
                .setParameter("slug", slug)
                .getResultStream().findFirst().map(TenantEntity::toRecord);
    }

    /** Those of these slugs that a tenant already has; one query per 500. */
    public Set<String> takenSlugs(Collection<String> slugs) {
        Set<String> taken = new HashSet<>();
        List<String> all = List.copyOf(slugs);
        for (int from = 0; from < all.size(); from += SLUG_CHUNK) {
            taken.addAll(em.createQuery("SELECT t.slug FROM TenantEntity t WHERE t.slug IN :slugs", String.class)
                    .setParameter("slugs", all.subList(from, Math.min(all.size(), from + SLUG_CHUNK)))
                    .getResultList());
        }
        return taken;
    }

    /** Every tenant, suspended ones too, by id: for an operation over all of them. */
    public List<TenantRef> all() {
        return em.createQuery("SELECT t.id, t.slug FROM TenantEntity t ORDER BY t.id", Object[].class)
                .getResultList().stream().map(row -> new TenantRef((Long) row[0], (String) row[1])).toList();
    }

    public Tenant create(String slug, String name) {
        TenantEntity entity = new TenantEntity();
        entity.slug = slug;
        entity.name = name;
        entity.status = TenantStatus.ACTIVE;
        entity.createdAt = Instant.now(clock);
        em.persist(entity);
        em.flush();
        return entity.toRecord();
    }

    /** Tenants by slug; with text, those whose slug or name contains it. */
    public Page<Tenant> list(String text, PageRequest page) {
        boolean search = text != null && !text.isBlank();
        String where = search ? " WHERE LOWER(t.slug) LIKE :text" + LikePattern.ESCAPE + " OR LOWER(t.name) LIKE :text"
                + LikePattern.ESCAPE : "";
        var count = em.createQuery("SELECT COUNT(t) FROM TenantEntity t" + where, Long.class);
        var select = em.createQuery("SELECT t FROM TenantEntity t" + where + " ORDER BY t.slug", TenantEntity.class);
        if (search) {
            count.setParameter("text", LikePattern.contains(text));
            select.setParameter("text", LikePattern.contains(text));
        }
        var items = select.setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList().stream().map(TenantEntity::toRecord).toList();
        return new Page<>(items, page.page(), page.size(), count.getSingleResult());
    }

    public Optional<Tenant> setStatus(String slug, TenantStatus status) {
        return em.createQuery("SELECT t FROM TenantEntity t WHERE t.slug = :slug", TenantEntity.class)
                .setParameter("slug", slug)
                .getResultStream().findFirst()
                .map(entity -> {
                    entity.status = status;
                    signals.publish(new ClusterChange(TOPIC, slug));
                    return entity.toRecord();
                });
    }
}
