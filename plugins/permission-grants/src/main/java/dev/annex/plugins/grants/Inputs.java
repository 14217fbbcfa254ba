package dev.annex.plugins.grants;

import java.time.Instant;

/** Request bodies of the plugin's endpoints. */
final class Inputs {

    private Inputs() {
    }

    /**
     * A new grant. The subject is named by id, or as people know it: an organisation by its
     * account number, a person (partner contact or the tenant's own agent) by email.
     */
    record NewGrant(String subjectKind, Long subjectId, String accountNumber, String email, String level,
                    Instant expiresAt) {
    }

    record GrantChange(String level, Instant expiresAt) {
    }

    /** A partner asks a customer (by id or account number) for a level, for themselves or their organisation. */
    record NewRequest(Long customerId, String customerAccountNumber, boolean forOrganisation, String level,
                      Instant expiresAt, String note) {
    }

    /** Approval may change the level and expiry the partner asked for. */
    record Decision(String level, Instant expiresAt) {
    }

    record NewContact(Long personId, String email) {
    }

    record NewAdminRequest(Long customerId, String kind, String details) {
    }
}
