package dev.annex.plugins.grants;

import java.time.Instant;

/** What the plugin's endpoints answer. */
public final class Views {

    private Views() {
    }

    /** A grant as the customer's page lists it; {@code expired} once its instant has passed. */
    public record GrantView(long id, long customerId, String customerName, String subjectKind, long subjectId,
                     String subjectName, String level, String levelLabel, Instant expiresAt, boolean expired,
                     Instant createdAt) {
    }

    /** A grant as the partner sees it; {@code effective} false when a personal grant overrides it. */
    public record AccessView(long grantId, long customerId, String customerName, String subjectKind, String level,
                      String levelLabel, Instant expiresAt, boolean expired, boolean effective) {
    }

    public record RequestView(long id, long customerId, String customerName, long requesterId, String requesterName,
                       String subjectKind, long subjectId, String subjectName, String level, Instant expiresAt,
                       String note, String status, Instant createdAt, Instant decidedAt) {
    }

    public record AuditView(long id, long grantId, Long actorId, String actorName, String action, String before, String after,
                            Instant at) {
    }

    /** {@code pointOfContact}: the customer made this partner contact the ticket's partner point of contact. */
    public record ContactView(long personId, String displayName, String email, long grantId, boolean pointOfContact) {
    }

    /** {@code status} OPEN, DONE or DECLINED; the resolution fields are null while it is open. */
    public record AdminRequestView(long id, long customerId, String customerName, long filedBy, String filedByName,
                                   String filedByEmail, String kind, String details, Instant createdAt, String status,
                                   String resolutionNote, String resolvedByName, Instant resolvedAt) {
    }

    /** A customer contact a partner may name as a ticket's point of contact. */
    public record ContactChoice(long id, String displayName, String email) {
    }

    /** What the UI needs to decide what to show the signed-in person. */
    public record Summary(Long organisationId, String organisationName, boolean managesPartners, long newRequests,
                   String longestGrant, Instant latestExpiry) {
    }

    /** Someone a grant can go to: {@code kind} ORGANISATION or PERSON; {@code detail} says which. */
    public record SubjectChoice(String kind, long id, String name, String detail) {
    }

    public record OrganisationChoice(long id, String name, String accountNumber) {
    }
}
