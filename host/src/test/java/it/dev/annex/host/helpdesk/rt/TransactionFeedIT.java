package it.dev.annex.host.helpdesk.rt;

import dev.annex.host.helpdesk.rt.client.NewRtTicket;
import dev.annex.host.helpdesk.rt.client.RtClient;
import dev.annex.host.helpdesk.rt.client.RtQueue;
import dev.annex.host.helpdesk.rt.client.RtTicketChanges;
import dev.annex.host.helpdesk.rt.client.RtTransaction;
import dev.annex.host.helpdesk.rt.client.RtUnavailableException;
import dev.annex.host.helpdesk.rt.feed.FeedBatch;
import dev.annex.host.helpdesk.rt.feed.FeedPosition;
import dev.annex.host.helpdesk.rt.feed.TransactionFeed;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Polling RT's transactions from a stored position: every transaction once, in order, across restarts and outages. */
class TransactionFeedIT {

    private final RtClient rt = RealRt.basic();

    private TransactionFeed feed(int pageSize) {
        return new TransactionFeed(RealRt.basic(), Clock.systemUTC(), TransactionFeed.DEFAULT_GAP_GRACE, pageSize);
    }

    /** Reads until RT has nothing more, as the poller does, keeping only this queue's tickets' transactions. */
    private static FeedPosition drain(TransactionFeed feed, FeedPosition from, List<Long> ticketIds,
                                      List<RtTransaction> into) {
        FeedPosition position = from;
        FeedBatch batch;
        do {
            batch = feed.read(position);
            batch.transactions().stream()
                    .filter(t -> t.onTicket() && ticketIds.contains(t.objectId()))
                    .filter(t -> !t.type().equals("EmailRecord")) // RT's record of its own notification mail
                    .forEach(into::add);
            position = FeedPosition.decode(batch.next().encode()); // as stored and read back
        } while (batch.more());
        return position;
    }

    @Test
    void everyTransactionIsReadOnceInOrderAcrossPagesAndAFreshReader() {
        RtQueue queue = RealRt.queue(rt, null);
        FeedPosition start = feed(5).now();
        List<Long> tickets = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            long id = rt.createTicket(new NewRtTicket(queue.name(), "t" + i, "x@annex.test", "", 0, List.of()));
            tickets.add(id);
            rt.comment(id, "note " + i);
            rt.update(id, RtTicketChanges.status("open"));
        }
        List<RtTransaction> read = new ArrayList<>();
        FeedPosition after = drain(feed(5), start, tickets, read);

        assertEquals(12, read.size(), "create, comment, status for each of 4 tickets: " + read);
        assertEquals(read.stream().map(RtTransaction::id).sorted().distinct().toList(),
                read.stream().map(RtTransaction::id).toList(), "ascending, no duplicate");

        long last = rt.createTicket(new NewRtTicket(queue.name(), "later", "x@annex.test", "", 0, List.of()));
        tickets.add(last);
        List<RtTransaction> more = new ArrayList<>();
        drain(feed(5), after, tickets, more);
        assertEquals(List.of("Create"), more.stream().map(RtTransaction::type).toList(),
                "a new reader from the stored position reads only what came after");
        assertEquals(last, more.get(0).objectId());
    }

    @Test
    void aReadWithRtDownChangesNothingAndTheFeedResumesWithoutLossOrDuplicate() {
        RtQueue queue = RealRt.queue(rt, null);
        TransactionFeed feed = feed(100);
        FeedPosition start = feed.now();
        long id = rt.createTicket(new NewRtTicket(queue.name(), "before", "x@annex.test", "", 0, List.of()));
        List<RtTransaction> read = new ArrayList<>();
        FeedPosition position = drain(feed, start, List.of(id), read);
        assertEquals(1, read.size());

        RealRt.stop();
        try {
            FeedPosition stopped = position;
            assertThrows(RtUnavailableException.class, () -> feed.read(stopped));
            assertThrows(RtUnavailableException.class, () -> rt.comment(id, "while down"));
        } finally {
            RealRt.start();
        }
        rt.comment(id, "after");
        rt.update(id, RtTicketChanges.priority(100));
        drain(feed, position, List.of(id), read);
        assertEquals(List.of("Create", "Comment", "Set"), read.stream().map(RtTransaction::type).toList());
        assertTrue(rt.messages(read.get(1).id()).get(0).content().equals("after"));
    }
}
