package dev.annex.host.tenant;

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
import java.util.Optional;

/** The tenants of this installation. */
@ApplicationScoped
@Transactional
public class Tenants {

    @PersistenceContext(unitName = "annex")
    EntityManager em;

    private final Clock clock;

    @Inject
    public Tenants(Clock clock) {
        this.clock = clock;
    }

    protected Tenants() {
        this(null);
    }

    public Optional<Tenant> bySlug(String slug) {
        return em.createQuery("SELECT t FROM TenantEntity t WHERE t.slug = :slug", TenantEntity.class)
                .setParameter("slug", slug)
                .getResultStream().findFirst().map(TenantEntity::toRecord);
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
                    return entity.toRecord();
                });
    }
}
