package dev.annex.plugins.grants;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One change to a grant: who, what, the grant before and after (null when it did not exist).
 * Kept here so the customer's page can show its own history; the same line also goes to the
 * tenant's audit trail.
 */
@Entity
@Table(name = "PERMISSION_GRANTS_AUDIT")
public class GrantAudit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "CUSTOMER_ORG_ID", nullable = false)
    long customerId;

    @Column(name = "GRANT_ID", nullable = false)
    long grantId;

    @Column(name = "ACTOR_ID")
    Long actorId;

    @Column(name = "CHANGE_KIND", nullable = false, length = 40)
    String action;

    @Column(name = "BEFORE_STATE", length = 500)
    String before;

    @Column(name = "AFTER_STATE", length = 500)
    String after;

    @Column(name = "CHANGED_AT", nullable = false)
    Instant at;

    protected GrantAudit() {
    }

    GrantAudit(long customerId, long grantId, Long actorId, String action, String before, String after, Instant at) {
        this.customerId = customerId;
        this.grantId = grantId;
        this.actorId = actorId;
        this.action = action;
        this.before = before;
        this.after = after;
        this.at = at;
    }
}
