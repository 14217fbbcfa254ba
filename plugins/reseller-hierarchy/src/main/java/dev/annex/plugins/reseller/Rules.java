package dev.annex.plugins.reseller;

import dev.annex.plugin.api.PluginProblem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The validation rules of every body, each rejected value a 422 naming its field. */
final class Rules {

    static final int MAX_CUSTOMER_NAME = 50;
    static final int MAX_NAME = 100;
    static final int MAX_SEATS = 1_000_000;
    static final int MAX_SKUS = 50;
    static final int MAX_IDS = 100;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern SKU = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private Rules() {
    }

    /** One line of text, trimmed: null when absent and not required. */
    static String text(String field, String raw, int max, boolean required) {
        String value = raw == null ? null : raw.strip();
        if (value == null || value.isEmpty()) {
            if (required) {
                throw PluginProblem.invalid(field, "is required");
            }
            return null;
        }
        if (value.length() > max) {
            throw PluginProblem.invalid(field, "must be at most " + max + " characters");
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw PluginProblem.invalid(field, "must be one line of text");
        }
        return value;
    }

    static String email(String raw) {
        String email = text("email", raw, 254, true);
        if (!EMAIL.matcher(email).matches()) {
            throw PluginProblem.invalid("email", "must be a valid email address, such as admin@example.com");
        }
        return email.toLowerCase(java.util.Locale.ROOT);
    }

    static int seats(Integer seats) {
        if (seats < 0 || seats > MAX_SEATS) {
            throw PluginProblem.invalid("seats", "must be between 0 and " + MAX_SEATS);
        }
        return seats;
    }

    /** An ISO date; blank means none. */
    static LocalDate date(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw PluginProblem.invalid(field, "must be a date as YYYY-MM-DD");
        }
    }

    static List<Views.Sku> skus(List<Inputs.Sku> skus) {
        if (skus.size() > MAX_SKUS) {
            throw PluginProblem.invalid("skus", "must hold at most " + MAX_SKUS + " products");
        }
        List<Views.Sku> valid = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < skus.size(); i++) {
            Inputs.Sku sku = skus.get(i);
            String field = "skus[" + i + "].";
            String code = text(field + "sku", sku == null ? null : sku.sku(), 40, true);
            if (!SKU.matcher(code).matches()) {
                throw PluginProblem.invalid(field + "sku", "may hold only letters, digits, '.', '_' and '-'");
            }
            if (!seen.add(code.toUpperCase(java.util.Locale.ROOT))) {
                throw PluginProblem.invalid(field + "sku", "is listed twice");
            }
            if (sku.quantity() == null || sku.quantity() < 1 || sku.quantity() > MAX_SEATS) {
                throw PluginProblem.invalid(field + "quantity", "must be between 1 and " + MAX_SEATS);
            }
            valid.add(new Views.Sku(code, sku.quantity()));
        }
        return valid;
    }

    static List<Long> ids(Inputs.Ids input, String what) {
        List<Long> ids = input == null || input.ids() == null ? List.of() : input.ids();
        if (ids.isEmpty()) {
            throw PluginProblem.invalid("ids", "choose at least one " + what);
        }
        if (ids.size() > MAX_IDS || ids.contains(null)) {
            throw PluginProblem.invalid("ids", "must hold 1 to " + MAX_IDS + " ids");
        }
        return ids.stream().distinct().toList();
    }
}
