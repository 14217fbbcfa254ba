package dev.annex.plugins.grants;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A ticket a partner opened on a customer's behalf (one row per ticket, so redelivery is harmless). */
@Entity
@Table(name = "PERMISSION_GRANTS_MANAGED_TICKET")
public class ManagedTicket {

    @Id
    @Column(name = "TICKET_ID")
    Long ticketId;

    @Column(name = "PARTNER_ID", nullable = false)
    long partnerId;

    @Column(name = "CUSTOMER_ORG_ID", nullable = false)
    long customerId;

    protected ManagedTicket() {
    }

    ManagedTicket(long ticketId, long partnerId, long customerId) {
        this.ticketId = ticketId;
        this.partnerId = partnerId;
        this.customerId = customerId;
    }
}
