package dev.annex.plugins.partnerlinks;

import java.time.Instant;
import java.util.List;

/** Response bodies of the plugin's endpoints. */
public final class Views {

    private Views() {
    }

    /** What the signed-in person may do here. */
    public record Me(Long organisationId, String organisationName, boolean organisationAdmin, String linkLifetime,
                     List<LevelView> levels, String defaultLevel) {
    }

    public record LevelView(String level, String label) {
    }

    /** A collaboration request on the partner's Requests tab; {@code customerName} once decided. */
    public record RequestView(long id, String name, Instant createdAt, Instant expiresAt, String status,
                              String statusLabel, String customerName, Instant decidedAt) {
    }

    /**
     * A request just made, with its link: shown once. {@code path} is the link without the
     * server's address (the UI adds its own), the secret in the fragment so it never reaches
     * access logs.
     */
    public record CreatedRequest(RequestView request, String secret, String path) {
    }

    /** What the customer's admin sees before deciding. */
    public record InvitationView(String requestName, long partnerId, String partnerName, String partnerAccountNumber,
                                 Instant expiresAt, String terms, String termsVersion, List<LevelView> levels,
                                 String defaultLevel) {
    }

    /**
     * A partnership as one side sees it: the other organisation's account name and number.
     *
     * @param otherSide what the other organisation is to the caller's: {@code CUSTOMER} or {@code PARTNER}
     */
    public record PartnershipView(long id, String otherSide, long organisationId, String accountName,
                                  String accountNumber, String defaultLevel, String defaultLevelLabel, Instant since,
                                  Instant endedAt) {
    }
}
