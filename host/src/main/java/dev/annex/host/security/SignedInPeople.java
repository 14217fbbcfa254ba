package dev.annex.host.security;

import dev.annex.host.cluster.ChangeDroppedCache;
import dev.annex.host.cluster.ClusterChange;
import dev.annex.host.helpdesk.Directory;
import dev.annex.host.helpdesk.Person;
import dev.annex.host.tenant.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;

/**
 * The people who sign in, kept on this node by tenant and id: every authenticated request needs its
 * caller's role and whether they are still active. A change of the person ({@link Directory#PEOPLE_TOPIC})
 * drops the entry, so a deactivation or a new role is in force on the very next request.
 */
@ApplicationScoped
public class SignedInPeople {

    private record Key(long tenantId, long personId) {
    }

    private final Directory directory;
    private final TenantContext tenantContext;
    private final ChangeDroppedCache<Key, Person> people = new ChangeDroppedCache<>(Duration.ofMinutes(1), 100_000);

    @Inject
    public SignedInPeople(Directory directory, TenantContext tenantContext) {
        this.directory = directory;
        this.tenantContext = tenantContext;
    }

    protected SignedInPeople() {
        this(null, null);
    }

    /** The current tenant's person with this id, if active. */
    public Optional<Person> active(long personId) {
        Key key = new Key(tenantContext.current().id(), personId);
        return Optional.ofNullable(people.get(key, k -> directory.person(k.personId()).orElse(null)))
                .filter(Person::active);
    }

    void drop(@Observes(during = TransactionPhase.AFTER_COMPLETION) ClusterChange change) {
        people.drop((key, person) -> change.covers(Directory.PEOPLE_TOPIC, "person:" + key.personId()));
    }
}
