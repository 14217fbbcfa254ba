package dev.annex.host.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This node among the nodes sharing one database. On PostgreSQL any number of nodes may share it, and
 * changes travel between them by NOTIFY; on embedded Derby there is exactly one node.
 */
@ApplicationScoped
public class ClusterNode {

    /** A fresh id per start: a restarted node is a new listener, and it hears nothing of its own. */
    private final String id = UUID.randomUUID().toString().substring(0, 13);
    private final boolean shared;

    @Inject
    public ClusterNode(@ConfigProperty(name = "annex.db", defaultValue = "derby") String database) {
        this.shared = "postgresql".equalsIgnoreCase(database.trim());
    }

    protected ClusterNode() {
        this("derby");
    }

    public String id() {
        return id;
    }

    /** Whether other nodes may share this database (PostgreSQL), so changes must be announced to them. */
    public boolean shared() {
        return shared;
    }
}
