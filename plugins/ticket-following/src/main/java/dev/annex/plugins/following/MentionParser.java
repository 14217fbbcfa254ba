package dev.annex.plugins.following;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds @mentions in a comment. A mention is {@code @} followed by the person's email address,
 * as the composer's autocomplete inserts it: unambiguous (names are not unique), needs no markup
 * the host would have to render, and reads well in plain-text mail. An {@code @} inside a word
 * (an address written plainly, {@code carol@acme.example}) is not a mention.
 */
final class MentionParser {

    /** Mentions honoured per comment; more are reported as ignored. */
    static final int MAX_MENTIONS = 20;

    private static final Pattern MENTION = Pattern.compile(
            "(?<![\\w.@+-])@([A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,})");

    private MentionParser() {
    }

    /** The distinct mentioned addresses in order of appearance, lower-cased; a trailing full stop is not part of one. */
    static List<String> emails(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Set<String> found = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1).toLowerCase(Locale.ROOT));
        }
        return List.copyOf(found);
    }
}
