package dev.annex.plugins.grants;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A partner contact the customer added to one ticket (what CC covers). It gives read-only
 * access to that ticket through a host grant on the ticket, and lives as long as the partner
 * grant that allowed it ({@link #grantId}): same expiry, removed when that grant is revoked.
 */
@Entity
@Table(name = "PERMISSION_GRANTS_TICKET_CONTACT")
public class TicketContact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "TICKET_ID", nullable = false)
    long ticketId;

    @Column(name = "PERSON_ID", nullable = false)
    long personId;

    @Column(name = "GRANT_ID", nullable = false)
    long grantId;

    @Column(name = "HOST_GRANT_ID", nullable = false)
    long hostGrantId;

    /* The customer made this partner contact the ticket's partner point of contact: they are
       mailed its public replies and status changes while the grant lives. Nullable (null = no)
       because the column was added after the table. */
    @Column(name = "POINT_OF_CONTACT")
    Boolean pointOfContact;

    protected TicketContact() {
    }

    TicketContact(long ticketId, long personId, long grantId, long hostGrantId) {
        this.ticketId = ticketId;
        this.personId = personId;
        this.grantId = grantId;
        this.hostGrantId = hostGrantId;
    }

    boolean isPointOfContact() {
        return Boolean.TRUE.equals(pointOfContact);
    }
}
