package dev.annex.host.web;

import dev.annex.host.page.PageRequest;
import dev.annex.host.refusal.Choices;
import dev.annex.host.refusal.Refusal;
import dev.annex.host.web.problem.Problems;
import java.util.Locale;

/**
 * Reads query parameters and enum-valued fields, answering bad values with a problem that names
 * the field and what it accepts. Query parameters are taken as text and parsed here because
 * Jakarta REST answers an unconvertible query parameter with a bare 404.
 */
public final class Inputs {

    public static final int MAX_PAGE_SIZE = 100;
    public static final int DEFAULT_PAGE_SIZE = 25;
    /** The last page number a request may ask for (so that page times size stays an int). */
    public static final int MAX_PAGE = Integer.MAX_VALUE / MAX_PAGE_SIZE;

    private Inputs() {
    }

    public static PageRequest page(String page, String size) {
        int number = integer("page", page, 0, 0, MAX_PAGE);
        int count = integer("size", size, DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
        return new PageRequest(number, count);
    }

    public static Long optionalId(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw Problems.badRequest(field, "must be a number");
        }
    }

    /** A true/false query parameter; absent is false, anything but true or false is 400. */
    public static boolean flag(String field, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw Problems.badRequest(field, "must be true or false");
        };
    }

    /**
     * An enum-valued query parameter: 400 when it names no constant. (A body field naming a
     * constant is the service's to check, see {@link Choices}: 422.)
     */
    public static <E extends Enum<E>> E queryEnum(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Choices.parse(type, field, value);
        } catch (Refusal unknown) {
            throw Problems.badRequest(field, "must be one of " + Choices.names(type));
        }
    }

    private static int integer(String field, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < min || parsed > max) {
                throw Problems.badRequest(field, "must be between " + min + " and " + max);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw Problems.badRequest(field, "must be a whole number");
        }
    }

}
