package dev.annex.host.helpdesk.rt.settings;

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

/** The operator's choice of help desk for one tenant (table TENANT_HELP_DESK, one row per tenant at most). */
@Entity
@Table(name = "TENANT_HELP_DESK")
@Multitenant
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public class TenantHelpDeskEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false)
    String kind;

    @Column(name = "RT_BASE_URL")
    String baseUrl;

    @Column(name = "RT_TOKEN")
    String token;

    /** The queue names as the operator gave them, one a line. */
    @Column(name = "RT_QUEUES")
    String queues;

    /** RT's ids of those queues, comma-separated, resolved when the choice was checked. */
    @Column(name = "RT_QUEUE_IDS")
    String queueIds;

    @Column(name = "RT_ORGANISATIONS")
    String organisations;

    @Column(name = "RT_STATUS_MAP")
    String statusMap;

    @Column(name = "RT_VERSION")
    String version;

    @Column(name = "UPDATED_AT", nullable = false)
    Instant updatedAt;
}
