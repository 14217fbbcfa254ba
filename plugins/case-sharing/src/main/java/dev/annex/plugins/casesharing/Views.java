package dev.annex.plugins.casesharing;

import java.time.Instant;
import java.util.List;

/** Response bodies of the plugin's endpoints. */
public final class Views {

    private Views() {
    }

    public record ShareView(long partnerId, String partnerName, String partnerAccountNumber, long partnershipId,
                            String level, String levelLabel, Instant sharedAt, String sharedByName) {
    }

    public record Eligible(long partnerId, String name, String accountNumber, long partnershipId, String level,
                           String levelLabel) {
    }

    /**
     * The Management panel of one ticket. {@code canManage}: the caller administers the ticket's
     * organisation; {@code open}: the ticket may be shared (an open, pending or on-hold ticket).
     */
    public record Panel(boolean canManage, boolean open, ShareView share, List<Eligible> eligible, String terms,
                        String termsVersion) {
    }
}
