package dev.annex.plugins.following;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/** A change waiting for the hourly digest of one follower (tenants that chose hourly mail). */
@Entity
@Table(name = "TICKET_FOLLOWING_DIGEST")
public class DigestItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "PERSON_ID", nullable = false)
    private long personId;

    @Column(name = "TICKET_ID", nullable = false)
    private long ticketId;

    @Column(name = "LINE", nullable = false, length = 1000)
    private String line;

    @Column(name = "CREATED", nullable = false)
    private Instant created;

    /** For JPA. */
    protected DigestItem() {
    }

    DigestItem(long personId, long ticketId, String line, Instant created) {
        this.personId = personId;
        this.ticketId = ticketId;
        this.line = line.length() > 1000 ? line.substring(0, 999) + "…" : line;
        this.created = created;
    }

    long personId() {
        return personId;
    }

    Instant created() {
        return created;
    }

    String line() {
        return line;
    }
}
