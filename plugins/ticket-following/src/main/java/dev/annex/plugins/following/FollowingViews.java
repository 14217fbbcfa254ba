package dev.annex.plugins.following;

import java.time.Instant;
import java.util.List;

/** What the plugin's endpoints answer and accept. */
public final class FollowingViews {

    private FollowingViews() {
    }

    public record FollowerView(long personId, String displayName, boolean creator, boolean notifications, String via,
                        boolean removable) {
    }

    public record OrganisationView(long id, String name, boolean home, boolean removable, boolean yours) {
    }

    /** The followers panel: who follows, which organisations the ticket is shared with, and the caller's own state. */
    public record TicketFollowing(long ticketId, boolean following, boolean notifications, boolean creator,
                           boolean mayShareWithOrganisations, List<FollowerView> followers,
                           List<OrganisationView> organisations) {
    }

    public record FollowedTicket(long ticketId, long number, String subject, String status, boolean notifications, boolean creator) {
    }

    public record Person(long id, String displayName, String email) {
    }

    public record OrganisationChoice(long id, String name, String accountNumber) {
    }

    public record Mention(String mention, Long personId, boolean honoured, String reason) {
    }

    public record Activity(long eventId, String kind, int mails, Instant occurredAt, Instant handledAt) {
    }

    public record ShareInput(Long personId, Long organisationId) {
    }

    public record ReleaseInput(String version, String note) {
    }
}
