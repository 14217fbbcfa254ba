package dev.annex.host.helpdesk;

import java.time.Instant;
import java.util.List;

/**
 * Which help desk backs a tenant, as the operator set it and the API shows it. The connection
 * fields are for a help desk Annex fronts (kind {@code RT}); the built-in one has none. The token
 * is never shown, only whether one is set.
 *
 * @param kind          {@code BUILT_IN} or {@code RT}
 * @param version       the other help desk's version, as it answered when the choice was checked
 * @param updatedAt     when the operator last set it (null: never, the default)
 * @param importProgress the initial import of the other help desk's tickets (null for the built-in one)
 */
public record HelpDeskChoice(String kind, String baseUrl, boolean tokenSet, List<String> queues,
                             String organisations, String statusMap, String version, Instant updatedAt,
                             HelpDeskImport importProgress) {

    public static final String BUILT_IN = "BUILT_IN";
    public static final String RT = "RT";

    public HelpDeskChoice {
        queues = queues == null ? List.of() : List.copyOf(queues);
    }

    public static HelpDeskChoice builtIn(Instant updatedAt) {
        return new HelpDeskChoice(BUILT_IN, null, false, List.of(), null, null, null, updatedAt, null);
    }
}
