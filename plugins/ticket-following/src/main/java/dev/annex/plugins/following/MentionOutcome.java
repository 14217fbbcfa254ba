package dev.annex.plugins.following;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;

/** What became of one @mention in a comment: honoured (notified, following) or ignored, and why. */
@Entity
@Table(name = "TICKET_FOLLOWING_MENTION")
public class MentionOutcome {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "TICKET_ID", nullable = false)
    private long ticketId;

    @Column(name = "COMMENT_ID", nullable = false)
    private long commentId;

    @Column(name = "AUTHOR_ID", nullable = false)
    private long authorId;

    @Column(name = "MENTION", nullable = false, length = 320)
    private String mention;

    @Column(name = "PERSON_ID")
    private Long personId;

    @Column(name = "HONOURED", nullable = false)
    private boolean honoured;

    @Column(name = "REASON", length = 200)
    private String reason;

    @Column(name = "CREATED", nullable = false)
    private Instant created;

    /** For JPA. */
    protected MentionOutcome() {
    }

    MentionOutcome(long ticketId, long commentId, long authorId, String mention, Long personId, String reason,
                   Instant created) {
        this.ticketId = ticketId;
        this.commentId = commentId;
        this.authorId = authorId;
        this.mention = mention;
        this.personId = personId;
        this.honoured = reason == null;
        this.reason = reason;
        this.created = created;
    }

    long authorId() {
        return authorId;
    }

    Long personId() {
        return personId;
    }

    boolean honoured() {
        return honoured;
    }

    FollowingViews.Mention view() {
        return new FollowingViews.Mention(mention, personId, honoured, reason);
    }
}
