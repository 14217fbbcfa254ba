package dev.annex.host.web;

import dev.annex.host.helpdesk.PageRequest;
import dev.annex.host.web.problem.ProblemException;
import dev.annex.host.web.problem.Problems;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Reads query parameters and enum-valued fields, answering bad values with a problem that names
 * the field and what it accepts. Query parameters are taken as text and parsed here because
 * Jakarta REST answers an unconvertible query parameter with a bare 404.
 */
public final class Inputs {

    public static final int MAX_PAGE_SIZE = 100;

    private Inputs() {
    }

    public static PageRequest page(String page, String size) {
        int number = integer("page", page, 0, 0, Integer.MAX_VALUE / MAX_PAGE_SIZE);
        int count = integer("size", size, 25, 1, MAX_PAGE_SIZE);
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

    /** An enum-valued query parameter: 400 when it names no constant. */
    public static <E extends Enum<E>> E queryEnum(Class<E> type, String field, String value) {
        return value == null || value.isBlank() ? null : parseEnum(type, value, Problems.badRequest(field,
                "must be one of " + names(type)));
    }

    /** An enum-valued body field: 422 when it names no constant. */
    public static <E extends Enum<E>> E bodyEnum(Class<E> type, String field, String value) {
        return value == null ? null : parseEnum(type, value, Problems.invalid(field, "must be one of " + names(type)));
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value, ProblemException failure) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw failure;
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

    private static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
