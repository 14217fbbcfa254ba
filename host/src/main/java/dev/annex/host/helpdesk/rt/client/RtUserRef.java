package dev.annex.host.helpdesk.rt.client;

import jakarta.json.JsonObject;

import java.util.Locale;

/**
 * An RT user as it appears on a ticket or a transaction (requestor, Cc, creator), with the fields
 * the connector asks RT to expand.
 *
 * @param name  RT's user name (often the email address for users RT created from mail)
 * @param email lower case; empty for system users such as {@code RT_System}
 */
public record RtUserRef(String name, String email, String realName, String organization) {

    static RtUserRef of(JsonObject json) {
        String name = RtJson.text(json, "Name");
        return new RtUserRef(name.isEmpty() ? RtJson.text(json, "id") : name,
                RtJson.text(json, "EmailAddress").toLowerCase(Locale.ROOT),
                RtJson.text(json, "RealName"), RtJson.text(json, "Organization"));
    }

    static final String FIELDS = "Name,EmailAddress,RealName,Organization";
}
