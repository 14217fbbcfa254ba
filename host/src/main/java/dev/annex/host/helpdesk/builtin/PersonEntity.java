package dev.annex.host.helpdesk.builtin;

import dev.annex.host.helpdesk.Person;
import dev.annex.host.helpdesk.Role;
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
@Table(name = "PERSON")
@Multitenant
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public class PersonEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false)
    String email;

    @Column(name = "DISPLAY_NAME", nullable = false)
    String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    Role role;

    @ManyToOne
    @JoinColumn(name = "ORGANISATION_ID")
    OrganisationEntity organisation;

    @Column(nullable = false)
    boolean active = true;

    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;

    @Version
    long version;

    Person toRecord() {
        return new Person(id, email, displayName, role, organisation == null ? null : organisation.id,
                active, createdAt, version);
    }
}
