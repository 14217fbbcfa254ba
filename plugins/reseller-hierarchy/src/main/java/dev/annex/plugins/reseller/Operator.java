package dev.annex.plugins.reseller;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * A partner's or distributor's person on the reseller portal (seed 002's Operators page):
 * {@code PENDING} from their first visit until an Admin activates them as a Viewer or Admin.
 */
@Entity
@Table(name = "RESELLER_HIERARCHY_OPERATOR", indexes = @Index(name = "UX_RESELLER_HIERARCHY_OPERATOR",
        columnList = "TENANT_ID, ORG_ID, PERSON_ID", unique = true))
public class Operator {

    public enum Role { PENDING, VIEWER, ADMIN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    Long id;

    @Column(name = "ORG_ID", nullable = false)
    long orgId;

    @Column(name = "PERSON_ID", nullable = false)
    long personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "ROLE", nullable = false, length = 20)
    Role role;

    protected Operator() {
    }

    Operator(long orgId, long personId, Role role) {
        this.orgId = orgId;
        this.personId = personId;
        this.role = role;
    }
}
