package dev.annex.host.helpdesk.rt.store;

import dev.annex.host.helpdesk.Directory;
import dev.annex.host.helpdesk.NewPerson;
import dev.annex.host.helpdesk.Organisation;
import dev.annex.host.helpdesk.Person;
import dev.annex.host.helpdesk.Role;
import dev.annex.host.helpdesk.rt.sync.IndexedTicket;
import dev.annex.host.page.PageRequest;
import java.util.Optional;

/**
 * The Annex side of an RT ticket's requestor, for an index row the feed or the import writes: the
 * Annex person with the requestor's email address (a new contact when there is none), and the
 * organisation the access rules fold in — the person's own, else the Annex organisation named as
 * the tenant's rule read it from RT (the user's {@code Organization} or group).
 */
final class RtRequesters {

    private final Directory directory;

    RtRequesters(Directory directory) {
        this.directory = directory;
    }

    void write(RtTicketEntity entity, IndexedTicket ticket) {
        String email = ticket.requester() == null || ticket.requester().isBlank() ? "rt-system@rt.invalid"
                : ticket.requester();
        String name = ticket.requesterName() == null || ticket.requesterName().isBlank() ? email : ticket.requesterName();
        Person person = directory.personByEmail(email)
                .orElseGet(() -> directory.createPerson(new NewPerson(email, name, Role.CONTACT, null)));
        Optional<Organisation> organisation = person.organisationId() != null
                ? directory.organisation(person.organisationId()) : named(ticket.organisation());
        entity.requesterId = person.id();
        entity.requesterName = person.displayName();
        entity.organisationId = organisation.map(Organisation::id).orElse(null);
        entity.organisationName = organisation.map(Organisation::name).orElse(ticket.organisation());
    }

    private Optional<Organisation> named(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return directory.organisations(name, new PageRequest(0, 20)).items().stream()
                .filter(o -> o.name().equalsIgnoreCase(name.strip())).findFirst();
    }
}
