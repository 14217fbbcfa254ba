package dev.annex.host.helpdesk.rt.feed;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * How far a tenant's feed has read RT's transactions, stored by Annex with the index changes it
 * made from them (one database transaction), so a restart resumes exactly where the last commit
 * left off.
 *
 * <p>Transaction ids are handed out when RT starts a database transaction, not when it commits,
 * so a transaction with a lower id can become visible after a higher one was read. The ids below
 * the high-water mark that were missing when it passed them are kept as gaps and looked for again
 * until they are older than the grace period (a rolled-back transaction never shows up).
 *
 * @param highWater the highest transaction id read
 * @param gaps      ids below {@code highWater} not yet seen, oldest first
 */
public record FeedPosition(long highWater, List<Gap> gaps) {

    /** Gaps kept at most: a long-blocked RT writer is not worth an unbounded query. */
    public static final int MAX_GAPS = 200;

    public record Gap(long id, Instant missingSince) {
    }

    public FeedPosition {
        if (highWater < 0) {
            throw new IllegalArgumentException("highWater " + highWater);
        }
        gaps = List.copyOf(gaps);
    }

    /** Reads everything after transaction {@code highWater}. */
    public static FeedPosition after(long highWater) {
        return new FeedPosition(highWater, List.of());
    }

    /** The position after reading {@code ids} (ascending, all above the old high-water mark or in its gaps). */
    FeedPosition advancedBy(List<Long> ids, Instant now, Duration grace) {
        List<Gap> open = new ArrayList<>(gaps);
        open.removeIf(g -> ids.contains(g.id()) || g.missingSince().plus(grace).isBefore(now));
        long top = highWater;
        for (long id : ids) {
            if (id > top) {
                for (long missing = Math.max(top + 1, id - MAX_GAPS); missing < id; missing++) {
                    open.add(new Gap(missing, now));
                }
                top = id;
            }
        }
        open.sort(Comparator.comparingLong(Gap::id));
        if (open.size() > MAX_GAPS) {
            open = open.subList(open.size() - MAX_GAPS, open.size());
        }
        return new FeedPosition(top, open);
    }

    /** {@code "highWater"} or {@code "highWater;id@epochMillis,…"}: one column in Annex's database. */
    public String encode() {
        StringBuilder text = new StringBuilder().append(highWater);
        String sep = ";";
        for (Gap gap : gaps) {
            text.append(sep).append(gap.id()).append('@').append(gap.missingSince().toEpochMilli());
            sep = ",";
        }
        return text.toString();
    }

    public static FeedPosition decode(String text) {
        Objects.requireNonNull(text, "text");
        int semi = text.indexOf(';');
        long high = Long.parseLong(semi < 0 ? text : text.substring(0, semi));
        List<Gap> gaps = new ArrayList<>();
        if (semi >= 0 && semi < text.length() - 1) {
            for (String gap : text.substring(semi + 1).split(",")) {
                int at = gap.indexOf('@');
                gaps.add(new Gap(Long.parseLong(gap.substring(0, at)),
                        Instant.ofEpochMilli(Long.parseLong(gap.substring(at + 1)))));
            }
        }
        return new FeedPosition(high, gaps);
    }
}
