package dev.annex.host.persistence;

import java.util.Locale;

/**
 * The one way the host turns what someone typed into a search box into a JPQL LIKE pattern: case
 * folded, and with {@code %} and {@code _} matched literally, so "50%" finds "50%", not everything.
 * Use it with {@code LOWER(column) LIKE :param ESCAPE '!'}.
 */
public final class LikePattern {

    /** The escape character to name in the query: {@code ESCAPE '!'}. */
    public static final String ESCAPE = " ESCAPE '!'";

    private LikePattern() {
    }

    /** A pattern matching any value that contains the text. */
    public static String contains(String text) {
        String folded = text.trim().toLowerCase(Locale.ROOT);
        return "%" + folded.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
