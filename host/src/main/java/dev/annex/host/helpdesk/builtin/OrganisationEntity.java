package dev.annex.host.helpdesk.builtin;

import dev.annex.host.helpdesk.Organisation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

@Entity
@Table(name = "ORGANISATION")
@Multitenant
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public class OrganisationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false)
    String name;

    @Column(name = "ACCOUNT_NUMBER", nullable = false)
    String accountNumber;

    @Column(nullable = false)
    boolean active = true;

    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;

    @Version
    long version;

    Organisation toRecord() {
        return new Organisation(id, name, accountNumber, active, createdAt, version);
    }
}
