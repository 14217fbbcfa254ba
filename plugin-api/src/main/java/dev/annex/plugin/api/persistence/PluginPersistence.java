package dev.annex.plugin.api.persistence;

import dev.annex.plugin.api.Tenant;
import jakarta.persistence.EntityManager;

/**
 * The plugin's own tables, through JPA (EclipseLink, the server's provider).
 *
 * <h2>The persistence unit</h2>
 * A plugin that keeps data ships {@code META-INF/persistence.xml} in its jar with exactly one
 * persistence unit (name it after the plugin id) that lists its entity classes and converters
 * with {@code <class>} and may name {@code <mapping-file>}s in the jar. The host owns everything
 * else: the unit always uses the server's data source, joins the server's (JTA) transactions,
 * has no shared cache and no weaving, so {@code <jta-data-source>}, {@code transaction-type} and
 * {@code <properties>} are ignored and {@code <jar-file>} is refused. Without weaving, lazy
 * to-one relationships are loaded eagerly. A plugin without the file has no unit, and calling
 * {@link #entityManager} fails.
 *
 * <h2>Tables</h2>
 * Every table the unit maps (entity, secondary, join and collection tables, and the table of a
 * table generator) must be named with the plugin's prefix: its id in upper case with {@code -}
 * replaced by {@code _}, then {@code _} — {@code ECHO_NOTE} for plugin {@code echo},
 * {@code LINK_SHARE_TOKEN} for {@code link-share} — and must not name a schema. The host's own
 * tables are never allowed. A unit that maps any other table is not opened and the plugin does
 * not start: the operator's plugin list shows it {@code FAILED} with the offending tables.
 * <p>
 * Whenever the plugin is started — server start, install, upgrade — the host creates the
 * tables that are missing and adds the columns that are missing (EclipseLink's
 * {@code create-or-extend-tables}). It never drops or changes a table or column, so an upgrade
 * keeps the data; renaming or retyping a column is not supported. Generate ids with
 * {@code GenerationType.IDENTITY}, which works the same on every database the host supports.
 *
 * <h2>Tenants</h2>
 * Make every entity EclipseLink-multitenant on a {@code TENANT_ID} column, bound to the context
 * property {@code eclipselink.tenant-id} (compile against {@code org.eclipse.persistence.core},
 * scope {@code provided}):
 * <pre>{@code
 * @Entity
 * @Table(name = "ECHO_NOTE")
 * @Multitenant
 * @TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = "eclipselink.tenant-id",
 *         discriminatorType = DiscriminatorType.INTEGER, columnDefinition = "BIGINT NOT NULL")
 * public class EchoNote { @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id; ... }
 * }</pre>
 * The entity manager handed out here carries the tenant's id in that property, so EclipseLink
 * scopes every JPQL and criteria query, update and insert to the tenant. SQL is not scoped: in a
 * unit with multitenant entities EclipseLink refuses native queries unless one opts in with the
 * hint {@code eclipselink.jdbc.allow-native-sql-query}, and such a query must filter on
 * {@code TENANT_ID} itself. An entity that is not multitenant is shared by all tenants.
 *
 * @since 1.0.0
 */
public interface PluginPersistence {

    /**
     * An entity manager for the plugin's unit, bound to the tenant and joined to the current
     * transaction: what it writes commits or rolls back with the host's work in the same REST
     * call, event delivery or scheduled job. Every call within one transaction returns the same
     * entity manager for a tenant; the host closes it when the transaction ends, so do not close
     * it yourself and do not keep it beyond the call.
     *
     * @throws IllegalArgumentException when the tenant is not the one the current call serves
     * @throws IllegalStateException when no transaction is active (the host runs REST calls,
     *         event listeners and scheduled jobs in one), or the plugin has no persistence unit
     */
    EntityManager entityManager(Tenant tenant);
}
