package dev.annex.host.helpdesk.rt.client;

/** Fields to change on an RT ticket; a null leaves the field as it is. */
public record RtTicketChanges(String subject, String status, Long priority, String queue) {

    public static RtTicketChanges status(String status) {
        return new RtTicketChanges(null, status, null, null);
    }

    public static RtTicketChanges priority(long priority) {
        return new RtTicketChanges(null, null, priority, null);
    }

    public static RtTicketChanges queue(String queue) {
        return new RtTicketChanges(null, null, null, queue);
    }

    public boolean isEmpty() {
        return subject == null && status == null && priority == null && queue == null;
    }
}
