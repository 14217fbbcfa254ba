package dev.annex.host.helpdesk.rt.client;

import jakarta.json.JsonObject;

import java.time.Instant;
import java.util.List;

/**
 * An RT ticket with what Annex indexes. {@code status} is RT's own status name, which may be one of
 * a custom lifecycle's; {@code priority} is RT's number.
 */
public record RtTicket(long id, long queueId, String queueName, String lifecycle, String subject,
                       String status, long priority, List<RtUserRef> requestors, List<RtUserRef> ccs,
                       Instant created, Instant lastUpdated) {

    /** The {@code fields} parameters that make RT return everything {@link #of} reads. */
    static final String[][] FIELDS = {
            {"fields", "Queue,Subject,Status,Priority,Requestor,Cc,Created,LastUpdated"},
            {"fields[Queue]", "Name,Lifecycle"},
            {"fields[Requestor]", RtUserRef.FIELDS},
            {"fields[Cc]", RtUserRef.FIELDS},
    };

    static RtTicket of(JsonObject json) {
        JsonObject queue = RtJson.object(json, "Queue");
        return new RtTicket(RtJson.number(json, "id"), RtJson.number(queue, "id"),
                RtJson.text(queue, "Name"), RtJson.text(queue, "Lifecycle"), RtJson.text(json, "Subject"),
                RtJson.text(json, "Status"), RtJson.number(json, "Priority"),
                RtJson.objects(json, "Requestor").stream().map(RtUserRef::of).toList(),
                RtJson.objects(json, "Cc").stream().map(RtUserRef::of).toList(),
                RtJson.instant(json, "Created"), RtJson.instant(json, "LastUpdated"));
    }
}
