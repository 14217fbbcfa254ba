package dev.annex.plugin.api.access;

/**
 * Who a grant is for: one person, or every person of an organisation.
 *
 * @since 1.0.0
 */
public record Subject(Kind kind, long id) {

    public enum Kind { PERSON, ORGANISATION }

    public static Subject person(long personId) {
        return new Subject(Kind.PERSON, personId);
    }

    public static Subject organisation(long organisationId) {
        return new Subject(Kind.ORGANISATION, organisationId);
    }
}
