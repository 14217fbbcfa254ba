package dev.annex.testplugins.echo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A second entity of the echo plugin, which its own unit does not list: tests upload copies of the
 * plugin (as plugin {@code unscoped}, whose namespace its table {@code UNSCOPED_NOTE} is in) whose
 * unit does — with migrations that make its table, or with a mapping file that gives it a tenancy
 * of its own, which the host must refuse.
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
