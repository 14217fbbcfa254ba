package dev.annex.host.refusal;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A field that names one constant of an enum, case-insensitively; anything else is refused naming the choices. */
public final class Choices {

    private Choices() {
    }

    /** @return null for a null value; otherwise the constant, or an {@link Refusal.Reason#INVALID} refusal */
    public static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid(field, "must be one of " + names(type));
        }
    }

    /** The constants' names, comma-separated, as refusals and problems list them. */
    public static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
