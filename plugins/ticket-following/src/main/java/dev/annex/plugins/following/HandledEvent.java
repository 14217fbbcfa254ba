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
 * A ticket event this plugin has acted on, written in the same transaction as the mail it
 * queued: a redelivered event finds it and sends nothing twice. Also what the activity endpoint
 * (and the benchmark) reads: how many mails an event queued and when.
 */
@Entity
@Table(name = "TICKET_FOLLOWING_HANDLED",
        uniqueConstraints = @UniqueConstraint(columnNames = {"TENANT_ID", "EVENT_ID"}))
public class HandledEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "EVENT_ID", nullable = false)
    private long eventId;

    @Column(name = "TICKET_ID", nullable = false)
    private long ticketId;

    @Column(name = "KIND", nullable = false, length = 30)
    private String kind;

    @Column(name = "MAILS", nullable = false)
    private int mails;

    @Column(name = "OCCURRED", nullable = false)
    private Instant occurred;

    @Column(name = "HANDLED", nullable = false)
    private Instant handled;

    /** For JPA. */
    protected HandledEvent() {
    }

    HandledEvent(long eventId, long ticketId, String kind, int mails, Instant occurred, Instant handled) {
        this.eventId = eventId;
        this.ticketId = ticketId;
        this.kind = kind;
        this.mails = mails;
        this.occurred = occurred;
        this.handled = handled;
    }

    FollowingViews.Activity view() {
        return new FollowingViews.Activity(eventId, kind, mails, occurred, handled);
    }
}
