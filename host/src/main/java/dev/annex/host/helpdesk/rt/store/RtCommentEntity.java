package dev.annex.host.helpdesk.rt.store;

import dev.annex.host.helpdesk.Comment;
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

/** A reply (RT correspondence) or internal note (RT comment) on an indexed RT ticket (table RT_TICKET_COMMENT). */
@Entity
@Table(name = "RT_TICKET_COMMENT")
@Multitenant
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public class RtCommentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "TICKET_ID", nullable = false)
    long ticketId;

    @Column(name = "AUTHOR_ID", nullable = false)
    long authorId;

    @Column(name = "AUTHOR_NAME", nullable = false)
    String authorName;

    @Column(nullable = false)
    String body;

    @Column(name = "INTERNAL_NOTE", nullable = false)
    boolean internal;

    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;

    Comment toRecord() {
        return new Comment(id, ticketId, authorId, authorName, body, internal, createdAt);
    }
}
