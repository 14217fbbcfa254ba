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
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The help-desk port's contract, run against the built-in help desk on embedded Derby. */
class BuiltInHelpDeskContractTest extends HelpDeskContract {

    private static TestDatabase database;

    @BeforeAll
    static void database() {
        database = new TestDatabase();
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Override
    protected TenantUnderTest openTenant(String slug) {
        TenantRef tenant = database.createTenant(slug);
        List<TicketChanged> reported = new ArrayList<>();
        Clock clock = Clock.systemUTC();
        TicketStore tickets = new JpaTicketStore(database.entityManager(), database.tenantContext(), reported::add, clock);
        Directory directory = new JpaDirectory(database.entityManager(), clock);
        return new TenantUnderTest() {
            @Override
            public TicketStore tickets() {
                return tickets;
            }

            @Override
            public Directory directory() {
                return directory;
            }

            @Override
            public <T> T inTransaction(Supplier<T> work) {
                database.actFor(tenant);
                return database.inTransaction(work);
            }

            @Override
            public List<TicketChanged> reported() {
                return List.copyOf(reported);
            }
        };
    }
}
