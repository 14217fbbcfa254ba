package dev.annex.host.web.tenant;

import dev.annex.host.helpdesk.Person;
import java.time.Instant;

public record PersonView(long id, String email, String displayName, String role, Long organisationId,
                         boolean active, Instant createdAt, long version) {

    public static PersonView of(Person person) {
        return new PersonView(person.id(), person.email(), person.displayName(), person.role().name(),
                person.organisationId(), person.active(), person.createdAt(), person.version());
    }
}
