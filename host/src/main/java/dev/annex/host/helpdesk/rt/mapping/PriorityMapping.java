package dev.annex.host.helpdesk.rt.mapping;

import dev.annex.host.helpdesk.TicketPriority;

/**
 * RT's priority is a number; its web UI names 0, 50 and 100 Low, Medium and High
 * ({@code %PriorityAsString}). Annex writes 0, 50, 100 and 150 and reads ranges around them, so
 * what Annex writes reads back unchanged and an RT agent's Low / Medium / High are Annex's LOW /
 * NORMAL / HIGH.
 *
 * <table>
 *   <tr><th>Annex</th><th>written to RT</th><th>read from RT</th></tr>
 *   <tr><td>LOW</td><td>0</td><td>below 25</td></tr>
 *   <tr><td>NORMAL</td><td>50</td><td>25 to 74</td></tr>
 *   <tr><td>HIGH</td><td>100</td><td>75 to 124</td></tr>
 *   <tr><td>URGENT</td><td>150</td><td>125 and above</td></tr>
 * </table>
 */
public final class PriorityMapping {

    private PriorityMapping() {
    }

    public static long toRt(TicketPriority priority) {
        return switch (priority) {
            case LOW -> 0;
            case NORMAL -> 50;
            case HIGH -> 100;
            case URGENT -> 150;
        };
    }

    public static TicketPriority toAnnex(long rtPriority) {
        if (rtPriority < 25) {
            return TicketPriority.LOW;
        }
        if (rtPriority < 75) {
            return TicketPriority.NORMAL;
        }
        if (rtPriority < 125) {
            return TicketPriority.HIGH;
        }
        return TicketPriority.URGENT;
    }
}
