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
 * Tables: a plugin ships versioned SQL migrations in its jar's {@code db/migration/}
 * ({@code V1__init.sql}, {@code V2__….sql}), which the host checks (the plugin's namespace only)
 * and runs with Flyway, with a history table of the plugin's own, whenever the plugin is started —
 * server start, install, upgrade; a rename, retype or data migration is a new script. A plugin
 * without migrations gets the 1.0 behaviour: the host creates the tables that are missing and adds
 * the columns that are missing from its entities, never dropping or changing any. Either way every
 * mapped column must then exist. Generate ids with {@code GenerationType.IDENTITY}, which works
 * the same on every database the host supports. (The plugin API's README has the rules.)
 *
 * <h2>Tenants</h2>
 * Every entity of a plugin is tenant-owned: the host gives each a {@code TENANT_ID BIGINT NOT NULL}
 * column (which your migrations create), fills it from the tenant of the entity manager handed out
 * here and adds it to every JPQL and criteria query, update and insert. Write no
 * {@code @Multitenant}; an entity that declares a tenancy of its own on another column or context
 * property is refused (one that repeats the host's, as 1.0 plugins do, is accepted). SQL is not
 * scoped, so EclipseLink refuses native queries in a plugin's unit.
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
