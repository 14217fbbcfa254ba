package dev.annex.host.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A ticket change, written in the change's own transaction. Not EclipseLink-multitenant: the
 * delivery worker reads events of every tenant; each row names its tenant.
 */
@Entity
@Table(name = "TICKET_EVENT")
public class TicketEventEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "TENANT_ID", nullable = false)
    long tenantId;

    @Column(nullable = false)
    String kind;

    @Column(name = "TICKET_ID", nullable = false)
    long ticketId;

    @Column(name = "ACTOR_ID")
    Long actorId;

    /** What identifies the change in the help desk that made it; null when it is reported once only. */
    @Column(name = "ORIGIN")
    String origin;

    @Column(name = "OCCURRED_AT", nullable = false)
    Instant occurredAt;

    /** key=value lines. */
    @Column(nullable = false)
    String details;
}
