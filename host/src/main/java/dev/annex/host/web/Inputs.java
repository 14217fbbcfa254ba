package dev.annex.host.web;

import dev.annex.host.page.PageRequest;
import dev.annex.host.refusal.Choices;
import dev.annex.host.refusal.Refusal;
import dev.annex.host.web.problem.Problems;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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

    /**
     * A repeatable enum-valued query parameter ({@code ?status=OPEN&status=PENDING}): any of the
     * values; none (or only blank ones) is the empty set.
     */
    public static <E extends Enum<E>> Set<E> queryEnums(Class<E> type, String field, List<String> values) {
        Set<E> parsed = EnumSet.noneOf(type);
        if (values != null) {
            for (String value : values) {
                E constant = queryEnum(type, field, value);
                if (constant != null) {
                    parsed.add(constant);
                }
            }
        }
        return parsed;
    }

    /** An ISO-8601 instant such as {@code 2026-12-02T10:00:00Z}; absent is null. */
    public static Instant optionalInstant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw Problems.badRequest(field, "must be an ISO-8601 instant such as 2026-12-02T10:00:00Z");
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
