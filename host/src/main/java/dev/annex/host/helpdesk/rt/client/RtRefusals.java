package dev.annex.host.helpdesk.rt.client;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RT's message list after an update, read for refusals. RT reports each field's outcome as text
 * ({@code "Ticket 1: Status 'x' isn't a valid status for this ticket."}) with HTTP 200, so the
 * outcome is decided by reading the record back; the messages only supply the reason.
 */
final class RtRefusals {

    /** RT's field names as they appear in its messages, most specific first. */
    private static final List<String> FIELDS = List.of("Status", "Priority", "Subject", "Queue", "Requestor",
            "Cc", "Owner", "RealName", "Organization", "EmailAddress", "Name", "Content");

    private static final Pattern WORD = Pattern.compile("\\b([A-Z][A-Za-z]+)\\b");

    private final List<String> messages;

    RtRefusals(List<String> messages) {
        this.messages = messages;
    }

    /** Refuses {@code field} when a value was asked for and RT holds another one. */
    void check(String field, String wanted, String actual) {
        if (wanted != null && !wanted.equals(actual)) {
            refuse(field);
        }
    }

    void refuse(String field) {
        String reason = messages.stream()
                .filter(m -> field.equals(fieldNamedIn(m)))
                .findFirst()
                .orElse("RT did not change " + field + (messages.isEmpty() ? "" : ": " + String.join("; ", messages)));
        throw new RtRejectedException(field, reason);
    }

    /** The first of RT's field names that {@code message} mentions, or null. */
    static String fieldNamedIn(String message) {
        if (message == null) {
            return null;
        }
        Matcher words = WORD.matcher(message);
        while (words.find()) {
            String word = words.group(1);
            for (String field : FIELDS) {
                if (field.equals(word)) {
                    return field;
                }
            }
        }
        String lower = message.toLowerCase(Locale.ROOT);
        for (String field : FIELDS) {
            if (lower.contains(field.toLowerCase(Locale.ROOT))) {
                return field;
            }
        }
        return null;
    }
}
