package dev.annex.host.helpdesk;

/** A sort key and direction for ticket lists. */
public record TicketSort(Field field, boolean descending) {

    public enum Field { NUMBER, CREATED, UPDATED, PRIORITY, STATUS, SUBJECT }

    public static final TicketSort NEWEST_UPDATE = new TicketSort(Field.UPDATED, true);
}
