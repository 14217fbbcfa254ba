package dev.annex.host.access;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.host.helpdesk.Person;
import dev.annex.host.helpdesk.Role;
import dev.annex.host.helpdesk.TicketChanges;
import dev.annex.host.helpdesk.TicketPriority;
import dev.annex.host.helpdesk.TicketStatus;
import dev.annex.host.refusal.Refusal;
import org.junit.jupiter.api.Test;

class TicketPermissionsTest {

    private static Person person(Role role) {
        return new Person(1, "p@x.example", "P", role, role.isAgent() ? null : 3L, true, null, 0);
    }

    private static TicketChanges status(TicketStatus status) {
        return new TicketChanges(null, null, status, null);
    }

    @Test
    void agentsMayChangeAnything() {
        for (Role role : new Role[] {Role.AGENT, Role.TENANT_ADMIN}) {
            assertDoesNotThrow(() -> TicketPermissions.checkUpdate(person(role),
                    new TicketChanges("s", "d", TicketStatus.ON_HOLD, TicketPriority.URGENT)));
            assertDoesNotThrow(() -> TicketPermissions.checkComment(person(role), true));
            assertTrue(TicketPermissions.seesInternalComments(person(role)));
        }
    }

    @Test
    void contactsMayOnlyCloseOrReopen() {
        for (Role role : new Role[] {Role.CONTACT, Role.ORGANISATION_ADMIN}) {
            assertDoesNotThrow(() -> TicketPermissions.checkUpdate(person(role), status(TicketStatus.CLOSED)));
            assertDoesNotThrow(() -> TicketPermissions.checkUpdate(person(role), status(TicketStatus.OPEN)));
            for (TicketStatus workflow : new TicketStatus[] {TicketStatus.PENDING, TicketStatus.ON_HOLD,
                    TicketStatus.SOLVED, TicketStatus.CLOSED_ESCALATED}) {
                Refusal refusal = assertThrows(Refusal.class,
                        () -> TicketPermissions.checkUpdate(person(role), status(workflow)));
                assertEquals(Refusal.Reason.FORBIDDEN, refusal.reason(), workflow.name());
            }
        }
    }

    @Test
    void contactsMayEditTextButNotThePriority() {
        Person contact = person(Role.CONTACT);
        assertDoesNotThrow(() -> TicketPermissions.checkUpdate(contact, new TicketChanges("s", "d", null, null)));
        assertThrows(Refusal.class, () -> TicketPermissions.checkUpdate(contact,
                new TicketChanges(null, null, null, TicketPriority.LOW)));
    }

    @Test
    void contactsNeitherWriteNorSeeInternalComments() {
        Person contact = person(Role.ORGANISATION_ADMIN);
        assertDoesNotThrow(() -> TicketPermissions.checkComment(contact, false));
        assertThrows(Refusal.class, () -> TicketPermissions.checkComment(contact, true));
        assertFalse(TicketPermissions.seesInternalComments(contact));
    }
}
