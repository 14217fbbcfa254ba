package dev.annex.plugins.grants;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An administrative request to the help desk that normally only the customer's primary contact
 * (an organisation admin) may make — a configuration change, an access request, closing the
 * account — filed by that contact or by a partner holding Service Admin or Full Admin.
 */
@Entity
@Table(name = "PERMISSION_GRANTS_ADMIN_REQUEST")
public class AdminRequest {

    enum Kind { CONFIGURATION_CHANGE, ACCESS_REQUEST, ACCOUNT_CLOSURE }

    /** Open until an agent marks it done or declines it, with a note the requester is mailed. */
    enum Status { OPEN, DONE, DECLINED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "CUSTOMER_ORG_ID", nullable = false)
    long customerId;

    @Column(name = "FILED_BY", nullable = false)
    long filedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 30)
    Kind kind;

    @Column(name = "DETAILS", nullable = false, length = 4000)
    String details;

    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;

    /* Nullable, and null read as OPEN: the columns were added to the table later (by the host's
       create-or-extend, before the plugin had migrations), so rows filed before them must still load. */
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 10)
    Status status;

    @Column(name = "RESOLUTION_NOTE", length = 4000)
    String resolutionNote;

    @Column(name = "RESOLVED_BY")
    Long resolvedBy;

    @Column(name = "RESOLVED_AT")
    Instant resolvedAt;

    protected AdminRequest() {
    }

    AdminRequest(long customerId, long filedBy, Kind kind, String details, Instant createdAt) {
        this.customerId = customerId;
        this.filedBy = filedBy;
        this.kind = kind;
        this.details = details;
        this.createdAt = createdAt;
        this.status = Status.OPEN;
    }

    Status status() {
        return status == null ? Status.OPEN : status;
    }

    void resolve(Status outcome, String note, long agentId, Instant at) {
        this.status = outcome;
        this.resolutionNote = note;
        this.resolvedBy = agentId;
        this.resolvedAt = at;
    }
}
