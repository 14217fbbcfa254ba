package dev.annex.host.helpdesk.rt.client;

import jakarta.json.JsonObject;

import java.time.Instant;

/**
 * One entry of RT's history: a ticket created, a reply or comment, a field set, a watcher added…
 *
 * @param objectType {@code RT::Ticket} for ticket history; the feed also sees users', queues' and
 *                   groups' transactions, which share the id sequence
 * @param type       {@code Create}, {@code Correspond}, {@code Comment}, {@code Status}, {@code Set},
 *                   {@code AddWatcher}, {@code DelWatcher}, {@code SetWatcher}, {@code EmailRecord}, …
 * @param field      for {@code Set} and {@code Status}: the field ({@code Priority}, {@code Queue},
 *                   {@code Subject}, {@code Status}); for watcher changes the role ({@code Cc})
 */
public record RtTransaction(long id, String objectType, long objectId, String type, String field,
                            String oldValue, String newValue, RtUserRef creator, Instant created) {

    public static final String TICKET = "RT::Ticket";

    static final String[][] FIELDS = {
            {"fields", "ObjectType,ObjectId,Type,Field,OldValue,NewValue,Creator,Created"},
            {"fields[Creator]", RtUserRef.FIELDS},
    };

    static RtTransaction of(JsonObject json) {
        return new RtTransaction(RtJson.number(json, "id"), RtJson.text(json, "ObjectType"),
                RtJson.number(json, "ObjectId"), RtJson.text(json, "Type"), RtJson.text(json, "Field"),
                RtJson.text(json, "OldValue"), RtJson.text(json, "NewValue"),
                RtUserRef.of(RtJson.object(json, "Creator")), RtJson.instant(json, "Created"));
    }

    public boolean onTicket() {
        return TICKET.equals(objectType);
    }
}
