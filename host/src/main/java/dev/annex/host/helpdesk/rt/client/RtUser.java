package dev.annex.host.helpdesk.rt.client;

import jakarta.json.JsonObject;

import java.util.Locale;

/** An RT user. Privileged users are RT's staff (agents); unprivileged ones are end users. */
public record RtUser(long id, String name, String email, String realName, String organization,
                     boolean privileged, boolean disabled) {

    static RtUser of(JsonObject json) {
        return new RtUser(RtJson.number(json, "id"), RtJson.text(json, "Name"),
                RtJson.text(json, "EmailAddress").toLowerCase(Locale.ROOT), RtJson.text(json, "RealName"),
                RtJson.text(json, "Organization"), RtJson.number(json, "Privileged") != 0,
                RtJson.number(json, "Disabled") != 0);
    }
}
