package dev.annex.plugin.api.ui;

/**
 * Where in the UI a contribution goes.
 *
 * @since 1.0.0
 */
public enum UiSlot {
    /** A panel on the ticket page. */
    TICKET_PANEL,
    /** A button among the ticket's actions. */
    TICKET_ACTION,
    /** A short marker beside each ticket in lists (e.g. "P"). */
    TICKET_LIST_MARKER,
    /** A page of its own with an entry in the navigation. */
    PAGE,
    /** A page in the tenant admin area. */
    TENANT_ADMIN_PAGE
}
