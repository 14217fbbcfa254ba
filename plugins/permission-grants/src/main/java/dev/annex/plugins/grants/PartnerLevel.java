package dev.annex.plugins.grants;

import dev.annex.plugin.api.access.AccessLevel;

/**
 * The six levels a customer grants, widest last, and what each becomes in the host's access
 * grants on the customer's tickets.
 *
 * <p>CC maps to {@link AccessLevel#NONE} on the organisation's tickets on purpose: it gives no
 * organisation-wide access but still takes part in precedence, so a person's CC narrows their
 * organisation's View. The tickets a CC partner is added to get their own READ grant (see
 * {@link TicketContact}).
 */
public enum PartnerLevel {
    CC("CC", AccessLevel.NONE),
    VIEW("View", AccessLevel.READ),
    UPDATE("Update", AccessLevel.UPDATE),
    CREATE("Create", AccessLevel.CREATE_ON_BEHALF),
    /** Create, plus administrative requests (see {@link AdminRequest}); the host sees CREATE_ON_BEHALF. */
    SERVICE_ADMIN("Service Admin", AccessLevel.CREATE_ON_BEHALF),
    /** Service Admin, plus managing the customer's contacts (the host's ADMIN). */
    FULL_ADMIN("Full Admin", AccessLevel.ADMIN);

    private final String label;
    private final AccessLevel hostLevel;

    PartnerLevel(String label, AccessLevel hostLevel) {
        this.label = label;
        this.hostLevel = hostLevel;
    }

    public String label() {
        return label;
    }

    public AccessLevel hostLevel() {
        return hostLevel;
    }

    public boolean includes(PartnerLevel other) {
        return compareTo(other) >= 0;
    }
}
