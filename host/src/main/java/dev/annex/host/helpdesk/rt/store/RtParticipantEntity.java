package dev.annex.host.helpdesk.rt.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/** A Cc watcher of an indexed RT ticket, as an Annex person (table RT_TICKET_PARTICIPANT). */
@Entity
@Table(name = "RT_TICKET_PARTICIPANT")
@Multitenant
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public class RtParticipantEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "TICKET_ID", nullable = false)
    long ticketId;

    @Column(name = "PERSON_ID", nullable = false)
    long personId;

    @Column(name = "ADDED_AT", nullable = false)
    Instant addedAt;
}
