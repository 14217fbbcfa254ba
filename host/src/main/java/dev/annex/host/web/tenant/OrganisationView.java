package dev.annex.host.web.tenant;

import dev.annex.host.helpdesk.Organisation;
import java.time.Instant;

public record OrganisationView(long id, String name, String accountNumber, boolean active, Instant createdAt,
                               long version) {

    public static OrganisationView of(Organisation o) {
        return new OrganisationView(o.id(), o.name(), o.accountNumber(), o.active(), o.createdAt(), o.version());
    }
}
