package dev.annex.host.helpdesk;

import dev.annex.host.page.Page;
import dev.annex.host.page.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The help desk's organisations and people, seen from the current tenant. A port, like
 * {@link TicketStore}.
 */
public interface Directory {

    /**
     * The {@code ClusterChange} topic of a changed person (name, role, organisation, active); the key
     * is {@code person:<id>}. Published by whoever writes the person.
     */
    String PEOPLE_TOPIC = "people";

    Page<Organisation> organisations(String text, PageRequest page);

    Optional<Organisation> organisation(long id);

    Optional<Organisation> organisationByAccountNumber(String accountNumber);

    Organisation createOrganisation(String name, String accountNumber);

    Organisation updateOrganisation(long id, OrganisationChanges changes);

    Page<Person> people(PersonQuery query);

    Optional<Person> person(long id);

    /** The people with these ids (active or not), in no particular order; unknown ids are left out. */
    List<Person> people(Collection<Long> ids);

    Optional<Person> personByEmail(String email);

    /** The people with these emails (trimmed, any case), in no particular order; unknown ones are left out. */
    List<Person> peopleByEmail(Collection<String> emails);

    Person createPerson(NewPerson person);

    Person updatePerson(long id, PersonChanges changes);
}
