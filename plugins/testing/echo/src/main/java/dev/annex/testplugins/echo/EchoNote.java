package dev.annex.testplugins.echo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A note a tenant's people leave with the echo plugin: the plugin's own table, scoped to the
 * tenant by EclipseLink through the tenant id the host puts on the entity manager.
 */
@Entity
@Table(name = "ECHO_NOTE")
public class EchoNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "TEXT", nullable = false, length = 1000)
    private String text;

    @Column(name = "CREATED", nullable = false)
    private Instant created;

    /** For JPA. */
    protected EchoNote() {
    }

    EchoNote(String text, Instant created) {
        this.text = text;
        this.created = created;
    }

    EchoResource.Note view() {
        return new EchoResource.Note(id, text, created);
    }
}
