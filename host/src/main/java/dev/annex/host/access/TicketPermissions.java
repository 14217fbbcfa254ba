package dev.annex.host.access;

import dev.annex.host.helpdesk.Person;
import dev.annex.host.helpdesk.TicketChanges;
import dev.annex.host.helpdesk.TicketStatus;
import dev.annex.host.refusal.Refusal;
import java.util.Set;

/**
 * What a person may do to a ticket they can already see. Who can see which ticket is decided by
 * the help desk's query filter; this class decides the kind of change.
 */
public final class TicketPermissions {

    /** Contacts may close their ticket or reopen it, but not move it through the agents' workflow. */
    private static final Set<TicketStatus> CONTACT_STATUSES = Set.of(TicketStatus.OPEN, TicketStatus.CLOSED);

    private TicketPermissions() {
    }

    public static void checkUpdate(Person person, TicketChanges changes) {
        if (person.role().isAgent()) {
            return;
        }
        if (changes.priority() != null) {
            throw Refusal.forbidden("Only agents may change a ticket's priority.");
        }
        if (changes.status() != null && !CONTACT_STATUSES.contains(changes.status())) {
            throw Refusal.forbidden("Contacts may only close or reopen a ticket.");
        }
    }

    public static void checkComment(Person person, boolean internal) {
        if (internal && !person.role().isAgent()) {
            throw Refusal.forbidden("Only agents may write internal comments.");
        }
    }

    public static boolean seesInternalComments(Person person) {
        return person.role().isAgent();
    }
}
