package dev.annex.plugins.following;

import java.time.Instant;
import java.util.List;

/** What the plugin's endpoints answer and accept. */
final class FollowingViews {

    private FollowingViews() {
    }

    record FollowerView(long personId, String displayName, boolean creator, boolean notifications, String via,
                        boolean removable) {
    }

    record OrganisationView(long id, String name, boolean home, boolean removable, boolean yours) {
    }

    /** The followers panel: who follows, which organisations the ticket is shared with, and the caller's own state. */
    record TicketFollowing(long ticketId, boolean following, boolean notifications, boolean creator,
                           boolean mayShareWithOrganisations, List<FollowerView> followers,
                           List<OrganisationView> organisations) {
    }

    record FollowedTicket(long ticketId, long number, String subject, String status, boolean notifications, boolean creator) {
    }

    record Person(long id, String displayName, String email) {
    }

    record Mention(String mention, Long personId, boolean honoured, String reason) {
    }

    record Activity(long eventId, String kind, int mails, Instant occurredAt, Instant handledAt) {
    }

    record ShareInput(Long personId, Long organisationId) {
    }

    record ReleaseInput(String version, String note) {
    }
}
