package dev.annex.host.helpdesk.builtin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The number the next ticket of a tenant gets; advanced by an atomic update. Keyed by the tenant
 * itself rather than EclipseLink-multitenant: there is exactly one row per tenant.
 */
@Entity
@Table(name = "TICKET_COUNTER")
public class TicketCounterEntity {

    @Id
    @Column(name = "TENANT_ID")
    long tenantId;

    @Column(name = "NEXT_NUMBER", nullable = false)
    long nextNumber;
}
