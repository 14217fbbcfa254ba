package dev.annex.host.helpdesk;

/**
 * The operator's per-tenant choice of help desk: the built-in one (the default) or another help
 * desk Annex fronts. A port like {@link TicketStore}: the connector implements it, checking a
 * connection against the other help desk before it is saved. Works on the current tenant.
 */
public interface HelpDeskChoices {

    HelpDeskChoice current();

    /**
     * Checks and saves the choice; nothing is saved when it is refused.
     *
     * @throws dev.annex.host.refusal.Refusal INVALID naming the field, with the other help desk's
     *                                        reason (a wrong address, a refused token, a missing queue)
     */
    HelpDeskChoice choose(HelpDeskChoiceRequest request);
}
