package dev.annex.host.helpdesk.rt.feed;

import dev.annex.host.helpdesk.rt.client.RtClient;
import dev.annex.host.helpdesk.rt.client.RtTransaction;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Reads RT's transactions after a {@link FeedPosition}: RT 5 has no webhooks, so its history,
 * polled in id order, is the change feed. The reader keeps no state; the caller stores
 * {@link FeedBatch#next()} together with what it did with the batch, which makes each transaction
 * applied exactly once across restarts and RT outages.
 *
 * <p>Every object type is read (tickets, users, queues share the id sequence), so a missing id is
 * a real gap and not a filtered-out user change; callers skip what is not a ticket's.
 */
public final class TransactionFeed {

    public static final Duration DEFAULT_GAP_GRACE = Duration.ofSeconds(60);

    private final RtClient client;
    private final Clock clock;
    private final Duration gapGrace;
    private final int pageSize;

    public TransactionFeed(RtClient client, Clock clock, Duration gapGrace, int pageSize) {
        this.client = Objects.requireNonNull(client, "client");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.gapGrace = Objects.requireNonNull(gapGrace, "gapGrace");
        if (pageSize < 1 || pageSize > RtClient.MAX_PAGE) {
            throw new IllegalArgumentException("pageSize " + pageSize);
        }
        this.pageSize = pageSize;
    }

    /** Where a feed starts that ignores RT's past (the initial import covers the tickets). */
    public FeedPosition now() {
        return FeedPosition.after(client.lastTransactionId());
    }

    /** @throws dev.annex.host.helpdesk.rt.client.RtUnavailableException when RT does not answer; nothing was read */
    public FeedBatch read(FeedPosition from) {
        List<RtTransaction> found = new ArrayList<>();
        if (!from.gaps().isEmpty()) {
            found.addAll(client.transactionsWithIds(from.gaps().stream().map(FeedPosition.Gap::id).toList()));
        }
        var page = client.transactionsAfter(from.highWater(), pageSize);
        found.addAll(page.items());
        found.sort(Comparator.comparingLong(RtTransaction::id));
        List<Long> ids = found.stream().map(RtTransaction::id).distinct().toList();
        return new FeedBatch(List.copyOf(found), from.advancedBy(ids, clock.instant(), gapGrace), !page.last());
    }
}
