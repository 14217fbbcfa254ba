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
    TENANT_ADMIN_PAGE,
    /**
     * Beside the ticket page's comment box: besides the ticket slots' properties the element gets
     * {@code textarea}, the host's comment text area, to read and edit (e.g. to complete
     * {@code @}mentions), and is told when a comment was added by a {@code annex-comment-added}
     * event whose {@code detail} is the comment as the API returned it.
     *
     * @since 1.1.0
     */
    COMMENT_COMPOSER
}
