package dev.annex.plugin.api.access;

/**
 * What a grant allows on the tickets it targets, each level including the ones before it.
 *
 * @since 1.0.0
 */
public enum AccessLevel {
    /** Explicitly nothing: a person's NONE overrides their organisation's grant from the same source. */
    NONE,
    READ,
    COMMENT,
    UPDATE,
    /** Also open tickets on the target organisation's behalf. */
    CREATE_ON_BEHALF,
    /** Also administer the target organisation (its contacts). */
    ADMIN;

    public boolean includes(AccessLevel other) {
        return compareTo(other) >= 0;
    }
}
