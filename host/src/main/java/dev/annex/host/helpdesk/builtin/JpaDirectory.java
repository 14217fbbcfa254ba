package dev.annex.host.helpdesk.builtin;

import dev.annex.host.helpdesk.Directory;
import dev.annex.host.helpdesk.NewPerson;
import dev.annex.host.helpdesk.Organisation;
import dev.annex.host.helpdesk.OrganisationChanges;
import dev.annex.host.page.Page;
import dev.annex.host.page.PageRequest;
import dev.annex.host.helpdesk.Person;
import dev.annex.host.helpdesk.PersonChanges;
import dev.annex.host.helpdesk.PersonQuery;
import dev.annex.host.persistence.LikePattern;
import dev.annex.host.tenant.TenantEntityManager;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/** The built-in, database-backed organisations and people. */
@ApplicationScoped
public class JpaDirectory implements Directory {

    private static final int PEOPLE_CHUNK = 500;

    private final TenantEntityManager entityManager;
    private final Clock clock;

    @Inject
    public JpaDirectory(TenantEntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    protected JpaDirectory() {
        this(null, null);
    }

    @Override
    public Page<Organisation> organisations(String text, PageRequest page) {
        EntityManager em = entityManager.get();
        String where = "";
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (text != null && !text.isBlank()) {
            where = " WHERE LOWER(o.name) LIKE :text" + LikePattern.ESCAPE + " OR LOWER(o.accountNumber) LIKE :text"
                    + LikePattern.ESCAPE;
            parameters.put("text", LikePattern.contains(text));
        }
        var count = em.createQuery("SELECT COUNT(o) FROM OrganisationEntity o" + where, Long.class);
        var select = em.createQuery("SELECT o FROM OrganisationEntity o" + where + " ORDER BY LOWER(o.name), o.id",
                OrganisationEntity.class);
        parameters.forEach(count::setParameter);
        parameters.forEach(select::setParameter);
        List<Organisation> items = select.setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList().stream().map(OrganisationEntity::toRecord).toList();
        return new Page<>(items, page.page(), page.size(), count.getSingleResult());
    }

    @Override
    public Optional<Organisation> organisation(long id) {
        return findOrganisation(entityManager.get(), id).map(OrganisationEntity::toRecord);
    }

    @Override
    public Optional<Organisation> organisationByAccountNumber(String accountNumber) {
        return entityManager.get()
                .createQuery("SELECT o FROM OrganisationEntity o WHERE o.accountNumber = :number", OrganisationEntity.class)
                .setParameter("number", accountNumber)
                .getResultStream().findFirst().map(OrganisationEntity::toRecord);
    }

    @Override
    public Organisation createOrganisation(String name, String accountNumber) {
        EntityManager em = entityManager.get();
        OrganisationEntity entity = new OrganisationEntity();
        entity.name = name;
        entity.accountNumber = accountNumber;
        entity.createdAt = Instant.now(clock);
        em.persist(entity);
        em.flush();
        return entity.toRecord();
    }

    @Override
    public Organisation updateOrganisation(long id, OrganisationChanges changes) {
        EntityManager em = entityManager.get();
        OrganisationEntity entity = organisationEntity(em, id);
        if (changes.name() != null) {
            entity.name = changes.name();
        }
        if (changes.accountNumber() != null) {
            entity.accountNumber = changes.accountNumber();
        }
        if (changes.active() != null) {
            entity.active = changes.active();
        }
        em.flush();
        return entity.toRecord();
    }

    @Override
    public Page<Person> people(PersonQuery query) {
        EntityManager em = entityManager.get();
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (query.organisationId() != null) {
            conditions.add("p.organisation.id = :organisationId");
            parameters.put("organisationId", query.organisationId());
        }
        if (query.role() != null) {
            conditions.add("p.role = :role");
            parameters.put("role", query.role());
        }
        if (query.text() != null && !query.text().isBlank()) {
            conditions.add("(LOWER(p.displayName) LIKE :text" + LikePattern.ESCAPE + " OR LOWER(p.email) LIKE :text"
                    + LikePattern.ESCAPE + ")");
            parameters.put("text", LikePattern.contains(query.text()));
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        var count = em.createQuery("SELECT COUNT(p) FROM PersonEntity p" + where, Long.class);
        var select = em.createQuery("SELECT p FROM PersonEntity p" + where + " ORDER BY LOWER(p.displayName), p.id",
                PersonEntity.class);
        parameters.forEach(count::setParameter);
        parameters.forEach(select::setParameter);
        PageRequest page = query.page();
        List<Person> items = select.setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList().stream().map(PersonEntity::toRecord).toList();
        return new Page<>(items, page.page(), page.size(), count.getSingleResult());
    }

    @Override
    public Optional<Person> person(long id) {
        return findPerson(entityManager.get(), id).map(PersonEntity::toRecord);
    }

    @Override
    public List<Person> people(Collection<Long> ids) {
        return peopleWhereIn("p.id", ids.stream().distinct().toList());
    }

    /** In chunks, so the IN list stays within what every database accepts. */
    private <V> List<Person> peopleWhereIn(String path, List<V> distinct) {
        List<Person> people = new ArrayList<>(distinct.size());
        for (int from = 0; from < distinct.size(); from += PEOPLE_CHUNK) {
            List<V> chunk = distinct.subList(from, Math.min(distinct.size(), from + PEOPLE_CHUNK));
            entityManager.get()
                    .createQuery("SELECT p FROM PersonEntity p WHERE " + path + " IN :values", PersonEntity.class)
                    .setParameter("values", chunk).getResultStream().map(PersonEntity::toRecord).forEach(people::add);
        }
        return people;
    }

    @Override
    public Optional<Person> personByEmail(String email) {
        return entityManager.get()
                .createQuery("SELECT p FROM PersonEntity p WHERE p.email = :email", PersonEntity.class)
                .setParameter("email", email.trim().toLowerCase(Locale.ROOT))
                .getResultStream().findFirst().map(PersonEntity::toRecord);
    }

    @Override
    public List<Person> peopleByEmail(Collection<String> emails) {
        return peopleWhereIn("p.email", emails.stream().filter(java.util.Objects::nonNull)
                .map(e -> e.trim().toLowerCase(Locale.ROOT)).filter(e -> !e.isEmpty()).distinct().toList());
    }

    @Override
    public Person createPerson(NewPerson person) {
        EntityManager em = entityManager.get();
        PersonEntity entity = new PersonEntity();
        entity.email = person.email().trim().toLowerCase(Locale.ROOT);
        entity.displayName = person.displayName();
        entity.role = person.role();
        entity.organisation = person.organisationId() == null ? null : organisationEntity(em, person.organisationId());
        entity.createdAt = Instant.now(clock);
        em.persist(entity);
        em.flush();
        return entity.toRecord();
    }

    @Override
    public Person updatePerson(long id, PersonChanges changes) {
        EntityManager em = entityManager.get();
        PersonEntity entity = personEntity(em, id);
        if (changes.displayName() != null) {
            entity.displayName = changes.displayName();
        }
        if (changes.role() != null) {
            entity.role = changes.role();
        }
        if (changes.organisationId() != null) {
            entity.organisation = organisationEntity(em, changes.organisationId());
        }
        if (changes.role() != null && changes.role().isAgent()) {
            entity.organisation = null;
        }
        if (changes.active() != null) {
            entity.active = changes.active();
        }
        em.flush();
        return entity.toRecord();
    }

    static PersonEntity personEntity(EntityManager em, long id) {
        return findPerson(em, id).orElseThrow(() -> new NoSuchElementException("No person " + id));
    }

    static OrganisationEntity organisationEntity(EntityManager em, long id) {
        return findOrganisation(em, id).orElseThrow(() -> new NoSuchElementException("No organisation " + id));
    }

    private static Optional<PersonEntity> findPerson(EntityManager em, long id) {
        return em.createQuery("SELECT p FROM PersonEntity p WHERE p.id = :id", PersonEntity.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    private static Optional<OrganisationEntity> findOrganisation(EntityManager em, long id) {
        return em.createQuery("SELECT o FROM OrganisationEntity o WHERE o.id = :id", OrganisationEntity.class)
                .setParameter("id", id).getResultStream().findFirst();
    }
}
