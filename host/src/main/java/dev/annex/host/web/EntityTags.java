package dev.annex.host.web;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A resource's version as its HTTP entity tag: the ETag it answers, the If-None-Match of a
 * conditional GET and the If-Match of a change. One reading for every versioned resource (tickets,
 * organisations, people) and every conditional GET (logos too), so that a client's cached tag
 * means the same everywhere.
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
        return conditionalGet(of(version), ifNoneMatch, () -> Response.ok(view)).build();
    }

    /**
     * The same for a tag that is not a version (a logo's is its content's hash) or an answer that is
     * more than a body: {@code full} makes the 200 answer, only when it is sent. Both answers carry
     * the tag; the caller adds what both need, such as Cache-Control.
     */
    public static Response.ResponseBuilder conditionalGet(EntityTag tag, String ifNoneMatch,
                                                          Supplier<Response.ResponseBuilder> full) {
        if (ifNoneMatch != null && names(ifNoneMatch, tag.getValue())) {
            return Response.notModified(tag);
        }
        return full.get().tag(tag);
    }

    /** Whether an If-None-Match list ({@code "3", W/"4"} or {@code *}) names this version. */
    static boolean names(String ifNoneMatch, long version) {
        return anyNames(ifNoneMatch, candidate -> version(candidate) == version);
    }

    /** Whether an If-None-Match list names the tag of this value, weak or strong alike (RFC 9110's weak comparison). */
    static boolean names(String ifNoneMatch, String tagValue) {
        return anyNames(ifNoneMatch, candidate -> opaque(candidate).equals(tagValue));
    }

    private static boolean anyNames(String ifNoneMatch, Predicate<String> names) {
        for (String candidate : ifNoneMatch.split(",")) {
            if (candidate.trim().equals("*") || names.test(candidate)) {
                return true;
            }
        }
        return false;
    }

    /** Accepts {@code "3"}, {@code W/"3"} or a bare {@code 3}; anything else can match no version (-1). */
    public static long version(String ifMatch) {
        try {
            return Long.parseLong(opaque(ifMatch));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The tag's value without W/ and quotes. */
    private static String opaque(String tag) {
        String value = tag.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        return value.replace("\"", "");
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
