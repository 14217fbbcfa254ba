package dev.annex.host.web;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

/**
 * A resource's version as its HTTP entity tag: the ETag it answers, the If-None-Match of a
 * conditional GET and the If-Match of a change. One reading for every versioned resource (tickets,
 * organisations, people), so that a client's cached tag means the same everywhere.
 */
public final class EntityTags {

    private EntityTags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * 304 with the tag and no body when If-None-Match names the current version (or is {@code *}):
     * the caller's copy is current, as Zendesk's and RT's clients expect of a conditional GET.
     */
    public static Response conditionalGet(Object view, long version, String ifNoneMatch) {
        if (ifNoneMatch != null && names(ifNoneMatch, version)) {
            return Response.notModified(of(version)).build();
        }
        return Response.ok(view).tag(of(version)).build();
    }

    /** Whether an If-None-Match list ({@code "3", W/"4"} or {@code *}) names this version. */
    static boolean names(String ifNoneMatch, long version) {
        for (String candidate : ifNoneMatch.split(",")) {
            if (candidate.trim().equals("*") || version(candidate) == version) {
                return true;
            }
        }
        return false;
    }

    /** Accepts {@code "3"}, {@code W/"3"} or a bare {@code 3}; anything else can match no version (-1). */
    public static long version(String ifMatch) {
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * The version an optional If-Match requires: null when it is absent or {@code *} (any current
     * version), for resources whose changes do not need a precondition.
     */
    public static Long required(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        return version(ifMatch);
    }
}
