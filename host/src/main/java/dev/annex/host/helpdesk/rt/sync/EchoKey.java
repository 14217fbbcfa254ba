package dev.annex.host.helpdesk.rt.sync;

import dev.annex.host.security.Sha256;

/**
 * A write Annex made to RT, as its transaction will look when the feed brings it back: Annex
 * records the key when RT accepted the write (with the index change and the event it raised) and
 * the feed consumes it instead of raising the event a second time.
 *
 * @param kind        what was written
 * @param fingerprint the value written (a status name, a priority number, a subject), or for a
 *                    reply or note the SHA-256 of its text without trailing white space
 */
public record EchoKey(long rtTicketId, Kind kind, String fingerprint) {

    public enum Kind { CREATE, CORRESPOND, COMMENT, STATUS, PRIORITY, SUBJECT }

    public static EchoKey created(long ticketId) {
        return new EchoKey(ticketId, Kind.CREATE, "");
    }

    public static EchoKey message(long ticketId, boolean internal, String text) {
        return new EchoKey(ticketId, internal ? Kind.COMMENT : Kind.CORRESPOND, digest(text));
    }

    public static EchoKey status(long ticketId, String rtStatus) {
        return new EchoKey(ticketId, Kind.STATUS, rtStatus);
    }

    public static EchoKey priority(long ticketId, long rtPriority) {
        return new EchoKey(ticketId, Kind.PRIORITY, String.valueOf(rtPriority));
    }

    public static EchoKey subject(long ticketId, String subject) {
        return new EchoKey(ticketId, Kind.SUBJECT, digest(subject));
    }

    static String digest(String text) {
        return Sha256.hex(text.stripTrailing());
    }
}
