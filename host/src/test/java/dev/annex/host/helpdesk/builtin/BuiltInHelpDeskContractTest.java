package dev.annex.host.helpdesk.builtin;

import dev.annex.host.helpdesk.Directory;
import dev.annex.host.helpdesk.HelpDeskContract;
import dev.annex.host.helpdesk.TicketChanged;
import dev.annex.host.helpdesk.TicketStore;
import dev.annex.host.tenant.TenantRef;
import dev.annex.host.testing.TestDatabase;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The help-desk port's contract, run against the built-in help desk on embedded Derby. */
class BuiltInHelpDeskContractTest extends HelpDeskContract {

    private static final TestDatabase database = TestDatabase.shared();

    @Override
    protected TenantUnderTest openTenant(String slug) {
        TenantRef tenant = database.createTenant(slug);
        List<TicketChanged> reported = new ArrayList<>();
        Clock clock = Clock.systemUTC();
        TicketStore tickets = new JpaTicketStore(database.entityManager(), database.tenantContext(), reported::add, clock);
        Directory directory = new JpaDirectory(database.entityManager(), clock);
        return onTestDatabase(database, tenant, tickets, directory, reported);
    }
}
