package dev.annex.plugin.api.directory;

import dev.annex.plugin.api.Tenant;
import dev.annex.plugin.api.helpdesk.PersonInfo;
import org.pf4j.ExtensionPoint;

/**
 * Hears changes to the help desk's people. Called after the change has committed, only for
 * tenants that have the plugin enabled, in a transaction of its own (so the outbox and the
 * plugin's tables can be used). Delivery is best effort: a listener that throws is logged and
 * recorded as the plugin's failure, and is not called again for that change.
 *
 * <pre>{@code
 * @Extension
 * public class Welcome implements DirectoryEventListener {
 *     public void onPersonAdded(Tenant tenant, PersonInfo person) {
 *         context.outbox().queue(tenant, new Mail(person.email(), "Welcome to the portal", "…"));
 *     }
 * }
 * }</pre>
 *
 * @since 1.1.0
 */
public interface DirectoryEventListener extends ExtensionPoint {

    /** A person was added to the tenant's help desk (by a tenant admin or an integration). */
    default void onPersonAdded(Tenant tenant, PersonInfo person) {
    }
}
