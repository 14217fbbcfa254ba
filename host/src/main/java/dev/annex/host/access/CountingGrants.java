package dev.annex.host.access;

import dev.annex.host.helpdesk.Viewer;
import java.util.Map;

/**
 * The grant precedence rule, written once: which grants count for a viewer. A grant counts when
 * its plugin is one of the viewer's grant sources (started, and on for the tenant), it has not
 * expired at the viewer's instant, and it is to the viewer or to the viewer's organisation — but
 * within one plugin and one target, the person's own live grants replace their organisation's
 * (in both directions: a person's NONE or READ narrows what the organisation's UPDATE would give).
 * Across plugins and targets the widest counting level wins, which the callers take as a MAX or
 * a threshold.
 *
 * <p>A JPQL condition over an {@code AccessGrantEntity} alias, so the databases apply it inside the
 * ticket queries themselves; {@link GrantLevels} and {@link GrantedTickets} are its two users.
 */
final class CountingGrants {

    static final String SOURCES = "grantSources";
    static final String NOW = "grantNow";
    static final String PERSON = "grantPerson";
    static final String ORGANISATION = "grantOrganisation";

    private CountingGrants() {
    }

    /** The condition on alias {@code g}; the alias {@code g + "p"} is taken for the person's overriding grants. */
    static String where(String g) {
        String p = g + "p";
        return g + ".sourcePlugin IN :" + SOURCES
                + " AND (" + g + ".expiresAt IS NULL OR " + g + ".expiresAt > :" + NOW + ")"
                + " AND ((" + g + ".subjectKind = 'PERSON' AND " + g + ".subjectId = :" + PERSON + ")"
                + " OR (" + g + ".subjectKind = 'ORGANISATION' AND " + g + ".subjectId = :" + ORGANISATION
                + " AND NOT EXISTS (SELECT " + p + ".id FROM AccessGrantEntity " + p
                + " WHERE " + p + ".sourcePlugin = " + g + ".sourcePlugin AND " + p + ".subjectKind = 'PERSON'"
                + " AND " + p + ".subjectId = :" + PERSON + " AND " + p + ".targetKind = " + g + ".targetKind"
                + " AND " + p + ".targetId = " + g + ".targetId"
                + " AND (" + p + ".expiresAt IS NULL OR " + p + ".expiresAt > :" + NOW + "))))";
    }

    /** The parameters {@link #where} names, for this viewer; only call when the viewer has grant sources. */
    static Map<String, Object> parameters(Viewer viewer) {
        return Map.of(SOURCES, viewer.grantSources(), NOW, viewer.at(), PERSON, viewer.personId(),
                ORGANISATION, viewer.organisationId() == null ? -1L : viewer.organisationId());
    }
}
