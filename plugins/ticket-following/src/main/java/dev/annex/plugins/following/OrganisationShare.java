package dev.annex.plugins.following;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/**
 * A ticket shared with an organisation: its people may read and comment on that one ticket,
 * through the host's access grant {@code grantId}. The organisation itself gets no mail.
 */
@Entity
@Table(name = "TICKET_FOLLOWING_ORG_SHARE",
        uniqueConstraints = @UniqueConstraint(columnNames = {"TENANT_ID", "TICKET_ID", "ORGANISATION_ID"}))
public class OrganisationShare {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "TICKET_ID", nullable = false)
    private long ticketId;

    @Column(name = "ORGANISATION_ID", nullable = false)
    private long organisationId;

    @Column(name = "GRANT_ID", nullable = false)
    private long grantId;

    @Column(name = "SHARED_BY", nullable = false)
    private long sharedBy;

    @Column(name = "CREATED", nullable = false)
    private Instant created;

    /** For JPA. */
    protected OrganisationShare() {
    }

    OrganisationShare(long ticketId, long organisationId, long grantId, long sharedBy, Instant created) {
        this.ticketId = ticketId;
        this.organisationId = organisationId;
        this.grantId = grantId;
        this.sharedBy = sharedBy;
        this.created = created;
    }

    long organisationId() {
        return organisationId;
    }

    long grantId() {
        return grantId;
    }
}
