package dev.annex.plugins.following;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/**
 * A person following a ticket. The ticket's creator (its requester) always has a row, marked
 * {@code creator}, which cannot be removed; anyone may turn their own notifications off.
 */
@Entity
@Table(name = "TICKET_FOLLOWING_FOLLOWER",
        uniqueConstraints = @UniqueConstraint(columnNames = {"TENANT_ID", "TICKET_ID", "PERSON_ID"}))
public class Follower {

    /** How someone came to follow: what the followers panel shows beside them. */
    public enum Via { CREATOR, FOLLOWED, SHARED, MENTIONED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "TICKET_ID", nullable = false)
    private long ticketId;

    @Column(name = "PERSON_ID", nullable = false)
    private long personId;

    @Column(name = "CREATOR", nullable = false)
    private boolean creator;

    @Column(name = "NOTIFY", nullable = false)
    private boolean notify;

    @Column(name = "VIA", nullable = false, length = 20)
    private String via;

    /** This plugin made the person a participant (share, mention): removing them undoes it. */
    @Column(name = "ADDED_PARTICIPANT", nullable = false)
    private boolean addedParticipant;

    @Column(name = "CREATED", nullable = false)
    private Instant created;

    /** For JPA. */
    protected Follower() {
    }

    Follower(long ticketId, long personId, Via via, Instant created) {
        this.ticketId = ticketId;
        this.personId = personId;
        this.via = via.name();
        this.creator = via == Via.CREATOR;
        this.notify = true;
        this.created = created;
    }

    long ticketId() {
        return ticketId;
    }

    long personId() {
        return personId;
    }

    boolean creator() {
        return creator;
    }

    void makeCreator() {
        creator = true;
    }

    boolean notifying() {
        return notify;
    }

    void notifications(boolean on) {
        notify = on;
    }

    Via via() {
        return creator ? Via.CREATOR : Via.valueOf(via);
    }

    boolean addedParticipant() {
        return addedParticipant;
    }

    void addedParticipant(boolean added) {
        addedParticipant = addedParticipant || added;
    }
}
