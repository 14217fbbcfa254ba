package dev.annex.plugins.following;

import java.util.Locale;

/** Constants as people read them in mail. */
final class Labels {

    private Labels() {
    }

    static String status(String status) {
        return "CLOSED_ESCALATED".equals(status) ? "Closed – escalated to engineering" : constant(status);
    }

    static String constant(String constant) {
        if (constant == null || constant.isEmpty()) {
            return "";
        }
        String words = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
