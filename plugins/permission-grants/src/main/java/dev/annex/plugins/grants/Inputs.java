package dev.annex.plugins.grants;

import java.time.Instant;

/** Request bodies of the plugin's endpoints. */
public final class Inputs {

    private Inputs() {
    }

    /**
     * A new grant. The subject is named by id, or as people know it: an organisation by its
     * account number, a person (partner contact or the tenant's own agent) by email.
     */
    public record NewGrant(String subjectKind, Long subjectId, String accountNumber, String email, String level,
                    Instant expiresAt) {
    }

    public record GrantChange(String level, Instant expiresAt) {
    }

    /** A partner asks a customer (by id or account number) for a level, for themselves or their organisation. */
    public record NewRequest(Long customerId, String customerAccountNumber, Boolean forOrganisation, String level,
                      Instant expiresAt, String note) {
    }

    /** Approval may change the level and expiry the partner asked for. */
    public record Decision(String level, Instant expiresAt) {
    }

    /** {@code pointOfContact}: also make this partner contact the ticket's partner point of contact. */
    public record NewContact(Long personId, String email, Boolean pointOfContact) {
    }

    /** An agent's decision on an administrative request: {@code outcome} DONE or DECLINED, and a note. */
    public record Resolution(String outcome, String note) {
    }

    public record NewAdminRequest(Long customerId, String kind, String details) {
    }
}
