package dev.annex.plugins.partnerlinks;

import dev.annex.plugin.api.PluginProblem;
import dev.annex.plugin.api.access.AccessLevel;
import java.util.List;
import java.util.Locale;

/** The host's access levels a customer can give a partner on shared cases, with their names. */
final class Levels {

    static final List<String> CHOICES = List.of("READ", "COMMENT", "UPDATE");

    private Levels() {
    }

    static String label(AccessLevel level) {
        return dev.annex.plugins.partnerlinks.api.Partnership.label(level);
    }

    /** A level a customer may choose; 422 naming {@code field} otherwise. */
    static AccessLevel parse(String field, String value) {
        String name = value == null ? "" : value.trim().toUpperCase(Locale.ROOT);
        if (!CHOICES.contains(name)) {
            throw PluginProblem.invalid(field, "must be one of " + CHOICES);
        }
        return AccessLevel.valueOf(name);
    }
}
