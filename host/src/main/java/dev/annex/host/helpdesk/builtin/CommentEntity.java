package dev.annex.host.helpdesk.builtin;

import dev.annex.host.helpdesk.Comment;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

@Entity
@Table(name = "TICKET_COMMENT")
@Multitenant
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public class CommentEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "TICKET_ID", nullable = false)
    TicketEntity ticket;

    @ManyToOne(optional = false)
    @JoinColumn(name = "AUTHOR_ID", nullable = false)
    PersonEntity author;

    @Column(nullable = false)
    String body;

    @Column(name = "PUBLIC_VISIBLE", nullable = false)
    boolean publicVisible;

    @Column(name = "CREATED_AT", nullable = false)
    Instant createdAt;

    Comment toRecord() {
        return new Comment(id, ticket.id, author.id, author.displayName, body, !publicVisible, createdAt);
    }
}
