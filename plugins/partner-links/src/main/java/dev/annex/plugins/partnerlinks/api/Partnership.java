package dev.annex.plugins.partnerlinks.api;

import dev.annex.plugin.api.access.AccessLevel;
import java.time.Instant;

/**
 * A partnership between a partner organisation and a customer organisation of one tenant: the
 * partner may be shared the customer's tickets, at {@code defaultLevel} unless said otherwise.
 *
 * @param endedAt null while it is active
 * @since 1.0.0 (partner-links)
 */
public record Partnership(long id, long partnerId, long customerId, AccessLevel defaultLevel, Instant since,
                          Instant endedAt) {

    public boolean active() {
        return endedAt == null;
    }

    /** How a level reads to the people of both sides ("View and comment"). */
    public static String label(AccessLevel level) {
        return switch (level) {
            case READ -> "View";
            case COMMENT -> "View and comment";
            case UPDATE -> "View, comment and update";
            default -> level.name();
        };
    }
}
