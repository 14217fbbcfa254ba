package dev.annex.host.helpdesk;

/**
 * Who is looking. The help desk turns it into a filter inside the ticket query itself, so a list
 * never holds a row the viewer may not see.
 */
public record Viewer(long personId, Role role, Long organisationId) {
}
