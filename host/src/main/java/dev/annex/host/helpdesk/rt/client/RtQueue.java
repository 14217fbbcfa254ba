package dev.annex.host.helpdesk.rt.client;

import jakarta.json.JsonObject;

public record RtQueue(long id, String name, String lifecycle, boolean disabled) {

    static RtQueue of(JsonObject json) {
        return new RtQueue(RtJson.number(json, "id"), RtJson.text(json, "Name"),
                RtJson.text(json, "Lifecycle"), RtJson.number(json, "Disabled") != 0);
    }
}
