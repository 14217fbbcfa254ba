package dev.annex.host.helpdesk.rt.store;

import dev.annex.host.helpdesk.Ticket;
import dev.annex.host.helpdesk.TicketPriority;
import dev.annex.host.helpdesk.TicketStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Version;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * One RT ticket in Annex's index (table RT_TICKET): what lists and access rules read, in Annex's
 * terms, with RT's id and RT's own status name. Names are carried so a list needs no look-up.
 */
@Entity
@Table(name = "RT_TICKET")
@Multitenant
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public class RtTicketEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "RT_ID", nullable = false)
    long rtId;

    @Column(name = "TICKET_NUMBER", nullable = false)
    long number;

    @Column(nullable = false)
    String subject;

    @Column(nullable = false)
    String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    TicketStatus status;

    @Column(name = "RT_STATUS", nullable = false)
    String rtStatus;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    TicketPriority priority;

    @Column(name = "REQUESTER_ID", nullable = false)
    long requesterId;

    @Column(name = "REQUESTER_NAME", nullable = false)
    String requesterName;

    @Column(name = "ORGANISATION_ID")
    Long organisationId;

    @Column(name = "ORGANISATION_NAME")
    String organisationName;

    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    Instant updatedAt;

    @Version
    long version;

    Ticket toRecord() {
        return new Ticket(id, number, subject, description, status, priority, requesterId, requesterName,
                organisationId, organisationName, createdAt, updatedAt, version);
    }
}
