package dev.annex.host.tenant;

import java.util.regex.Pattern;

/**
 * What a tenant's slug may be, the one definition: the operator's create form validates against
 * it, the UI routes only paths it matches (the web UI's {@code main.js} carries the same pattern,
 * checked equal by a test). Lower-case letters, digits and inner '-', at most 40 characters.
 */
public final class TenantSlug {

    /** The pattern as a regular expression, for {@code @Pattern} and for building URL patterns. */
    public static final String PATTERN = "[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?";
    public static final String MESSAGE = "may hold only lower-case letters, digits and inner '-'";
    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 40;

    private static final Pattern COMPILED = Pattern.compile(PATTERN);

    private TenantSlug() {
    }

    public static boolean isValid(String slug) {
        return slug != null && COMPILED.matcher(slug).matches();
    }
}
