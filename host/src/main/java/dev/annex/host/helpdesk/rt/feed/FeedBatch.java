package dev.annex.host.helpdesk.rt.feed;

import dev.annex.host.helpdesk.rt.client.RtTransaction;

import java.util.List;

/**
 * Transactions not read before, oldest first, and the position to store once they are applied.
 *
 * @param more whether RT has further transactions after this batch (read again at once)
 */
public record FeedBatch(List<RtTransaction> transactions, FeedPosition next, boolean more) {
}
