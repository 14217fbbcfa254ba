package dev.annex.host.helpdesk.rt.mapping;

import dev.annex.host.helpdesk.TicketStatus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * RT's statuses ↔ Annex's, both ways, for one tenant.
 *
 * <p>RT's default lifecycle maps as: {@code new}, {@code open} → OPEN; {@code stalled} → ON_HOLD;
 * {@code resolved} → SOLVED; {@code rejected} → CLOSED (and back: OPEN is written as {@code open}).
 * The operator adds entries {@code rt-status=ANNEX_STATUS} for custom lifecycles, e.g.
 * {@code waiting-for-customer=PENDING, escalated=CLOSED_ESCALATED}; an entry works both ways, and
 * when several RT statuses read as one Annex status, the first is the one written. A status no
 * entry names is still read — as OPEN while active in its lifecycle, CLOSED once inactive — and
 * its RT name is kept beside the Annex status, so it is shown, never dropped. An Annex status with
 * no RT status ({@code PENDING} and {@code CLOSED_ESCALATED} by default) cannot be written.
 */
public final class StatusMapping {

    private static final Pattern RT_STATUS = Pattern.compile("[a-z0-9][a-z0-9 _.-]{0,63}");

    private static final Map<String, TicketStatus> DEFAULTS = defaults();

    private final Map<String, TicketStatus> reads;

    private StatusMapping(Map<String, TicketStatus> reads) {
        this.reads = Collections.unmodifiableMap(reads);
    }

    public static StatusMapping standard() {
        return parse("");
    }

    /**
     * The standard mapping extended (and overridden, RT status by RT status) by the operator's
     * entries, separated by commas or new lines.
     *
     * @throws IllegalArgumentException saying which entry is wrong and why
     */
    public static StatusMapping parse(String entries) {
        Map<String, TicketStatus> reads = new LinkedHashMap<>();
        for (String raw : (entries == null ? "" : entries).split("[,\\n]")) {
            String entry = raw.strip();
            if (entry.isEmpty()) {
                continue;
            }
            int eq = entry.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("\"" + entry + "\" is not of the form rt-status=ANNEX_STATUS");
            }
            String rt = entry.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            String annex = entry.substring(eq + 1).strip().toUpperCase(Locale.ROOT);
            if (!RT_STATUS.matcher(rt).matches()) {
                throw new IllegalArgumentException("\"" + rt + "\" is not an RT status name");
            }
            TicketStatus status;
            try {
                status = TicketStatus.valueOf(annex);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("\"" + annex + "\" is not an Annex status (one of "
                        + List.of(TicketStatus.values()) + ")");
            }
            if (reads.putIfAbsent(rt, status) != null) {
                throw new IllegalArgumentException("\"" + rt + "\" is mapped twice");
            }
        }
        DEFAULTS.forEach(reads::putIfAbsent);
        return new StatusMapping(reads);
    }

    /** The RT status Annex writes for {@code status}, if this tenant has one. */
    public Optional<String> toRt(TicketStatus status) {
        return reads.entrySet().stream().filter(e -> e.getValue() == status).map(Map.Entry::getKey).findFirst();
    }

    /**
     * The Annex status of an RT status. {@code category} is asked only for a status no entry names
     * (RT's lifecycles are not readable through REST 2, but TicketSQL can tell active from inactive).
     */
    public TicketStatus toAnnex(String rtStatus, java.util.function.Supplier<StatusCategory> category) {
        TicketStatus mapped = reads.get(rtStatus.toLowerCase(Locale.ROOT));
        if (mapped != null) {
            return mapped;
        }
        return category.get() == StatusCategory.INACTIVE ? TicketStatus.CLOSED : TicketStatus.OPEN;
    }

    /** Whether {@code rtStatus} is named by the mapping (else it is read by its lifecycle category). */
    public boolean names(String rtStatus) {
        return reads.containsKey(rtStatus.toLowerCase(Locale.ROOT));
    }

    /** The entries, in the form {@link #parse} reads, the standard ones last. */
    public List<String> entries() {
        List<String> entries = new ArrayList<>();
        reads.forEach((rt, annex) -> entries.add(rt + "=" + annex));
        return entries;
    }

    private static Map<String, TicketStatus> defaults() {
        Map<String, TicketStatus> defaults = new LinkedHashMap<>();
        defaults.put("open", TicketStatus.OPEN);
        defaults.put("new", TicketStatus.OPEN);
        defaults.put("stalled", TicketStatus.ON_HOLD);
        defaults.put("resolved", TicketStatus.SOLVED);
        defaults.put("rejected", TicketStatus.CLOSED);
        return Collections.unmodifiableMap(defaults);
    }
}
