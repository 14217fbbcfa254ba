package dev.annex.host.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Someone who runs the installation. Belongs to no tenant. */
@Entity
@Table(name = "OPERATOR_ACCOUNT")
public class OperatorAccountEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(nullable = false, unique = true)
    String email;

    @Column(name = "PASSWORD_HASH", nullable = false)
    String passwordHash;

    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;
}
