package dev.annex.plugin.api.links;

import java.time.Instant;

/**
 * A stored link, without its secret.
 *
 * @param expiresAt  the first instant it is no longer valid
 * @param redeemedAt when it was used up, or null
 * @param revokedAt  when it was revoked, or null
 * @since 1.2.0
 */
public record SecretLink(long id, String purpose, Instant createdAt, Instant expiresAt, Instant redeemedAt,
                         Instant revokedAt) {

    /** What the link is at this instant; expiry is derived from time, no job has to run. */
    public SecretLinkStatus statusAt(Instant now) {
        if (redeemedAt != null) {
            return SecretLinkStatus.REDEEMED;
        }
        if (revokedAt != null) {
            return SecretLinkStatus.REVOKED;
        }
        return now.isBefore(expiresAt) ? SecretLinkStatus.VALID : SecretLinkStatus.EXPIRED;
    }
}
