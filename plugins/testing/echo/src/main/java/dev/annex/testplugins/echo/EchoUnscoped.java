package dev.annex.testplugins.echo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An entity without a tenant discriminator: its rows would be shared by every tenant. The echo
 * plugin's own unit does not list it; the containment tests upload a copy of the plugin whose
 * unit does, and the host must refuse that copy.
 */
@Entity
@Table(name = "UNSCOPED_NOTE")
public class EchoUnscoped {

    @Id
    @Column(name = "ID")
    private Long id;

    @Column(name = "TEXT")
    private String text;

    protected EchoUnscoped() {
    }
}
