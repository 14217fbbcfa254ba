package dev.annex.host.helpdesk;

/**
 * Where a help desk Annex fronts keeps its own copy of the people Annex adds and changes: a port
 * like {@link TicketStore}, told by the host's directory use cases after each write, inside the
 * writing transaction, so a refusal leaves Annex unchanged too. The built-in help desk has no copy
 * to keep. Works on the current tenant.
 */
public interface PeopleMirror {

    /**
     * @param person       the person as Annex just wrote them (added, changed or deactivated)
     * @param organisation their organisation, null when they have none
     * @throws dev.annex.host.refusal.Refusal UNAVAILABLE when the other help desk cannot be reached
     *                                        (503, nothing written), INVALID naming the field it refused
     */
    void written(Person person, Organisation organisation);

    /**
     * The organisation was renamed: a help desk that keeps it on each person gets the new name on
     * each of its people.
     *
     * @throws dev.annex.host.refusal.Refusal as {@link #written}
     */
    void renamed(Organisation organisation);
}
