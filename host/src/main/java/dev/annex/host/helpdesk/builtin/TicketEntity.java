package dev.annex.host.helpdesk.builtin;

import dev.annex.host.helpdesk.Ticket;
import dev.annex.host.helpdesk.TicketPriority;
import dev.annex.host.helpdesk.TicketStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

@Entity
@Table(name = "TICKET")
@Multitenant
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public class TicketEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "TICKET_NUMBER", nullable = false)
    long number;

    @Column(nullable = false)
    String subject;

    @Column(nullable = false)
    String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    TicketStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    TicketPriority priority;

    @ManyToOne(optional = false)
    @JoinColumn(name = "REQUESTER_ID", nullable = false)
    PersonEntity requester;

    @ManyToOne
    @JoinColumn(name = "ORGANISATION_ID")
    OrganisationEntity organisation;

    /** The same column, read-only, so queries can compare it without joining ORGANISATION. */
    @Column(name = "ORGANISATION_ID", insertable = false, updatable = false)
    Long organisationId;

    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;

    @Column(name = "UPDATED_AT", nullable = false)
    Instant updatedAt;

    @Version
    long version;

    Ticket toRecord() {
        return new Ticket(id, number, subject, description, status, priority, requester.id,
                requester.displayName, organisation == null ? null : organisation.id,
                organisation == null ? null : organisation.name, createdAt, updatedAt, version);
    }
}
