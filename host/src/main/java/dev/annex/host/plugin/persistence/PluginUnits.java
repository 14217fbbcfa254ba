package dev.annex.host.plugin.persistence;

import dev.annex.host.persistence.StatementCounter;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.transaction.Transactional;
import java.net.MalformedURLException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.config.TargetServer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.eclipse.persistence.sessions.DatabaseSession;
import org.eclipse.persistence.sessions.Session;
import org.pf4j.PluginWrapper;

/**
 * The persistence units of the started plugins: one EclipseLink entity manager factory per plugin
 * that ships a {@code META-INF/persistence.xml}, opened before the plugin starts and closed before
 * its class loader is — on upgrade, uninstall and shutdown.
 * <p>
 * The factory is built the way an application server builds one for an application's unit
 * ({@code createContainerEntityManagerFactory} with a {@link PluginUnitInfo}) rather than through
 * {@code Persistence.createEntityManagerFactory}: the Java SE bootstrap finds units by scanning
 * the class loader, and the plugin's loader also sees the host's {@code persistence.xml}; here the
 * host decides exactly which jar, classes, loader and data source make up the unit.
 */
@ApplicationScoped
public class PluginUnits {

    private static final Logger LOG = Logger.getLogger(PluginUnits.class.getName());
    /** Flyway's history table: the host's, though no entity maps it. */
    private static final String FLYWAY_HISTORY = "FLYWAY_SCHEMA_HISTORY";

    @Resource(lookup = "jdbc/annex")
    DataSource dataSource;

    @PersistenceUnit(unitName = "annex")
    EntityManagerFactory hostUnit;

    private final Map<String, EntityManagerFactory> factories = new ConcurrentHashMap<>();
    private final AtomicLong opened = new AtomicLong();

    /**
     * Opens the plugin's unit, if it has one: checks its tables and migrations lie in its
     * namespace, then runs its migrations ({@code db/migration/V…__….sql}, see
     * {@link PluginMigrations}) or, for a plugin without any, creates or extends its tables from
     * its entities; either way every mapped column must then be there. Runs outside any transaction, so each DDL statement commits on its
     * own and a failed existence probe cannot spoil a caller's transaction (PostgreSQL aborts a
     * transaction on any failed statement).
     *
     * @throws PluginUnitException when the unit is invalid; nothing of it is left open
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void open(PluginWrapper plugin) throws PluginUnitException {
        String pluginId = plugin.getPluginId();
        close(pluginId);
        Optional<UnitDeclaration> declared = PersistenceXml.read(plugin.getPluginPath());
        if (declared.isEmpty()) {
            return;
        }
        MigrationScripts migrations = MigrationScripts.read(plugin.getPluginPath());
        migrations.check(PluginSchema.prefix(pluginId));
        EntityManagerFactory factory = create(pluginId, plugin.getPluginPath(), plugin.getPluginClassLoader(),
                declared.get());
        try {
            PluginSchema schema = validated(pluginId, factory);
            if (migrations.isEmpty()) {
                schema.createOrExtend();
            } else {
                String version = new PluginMigrations(dataSource).migrate(pluginId, migrations);
                schema.verify();
                LOG.info(() -> "Plugin " + pluginId + ": tables at migration version " + version);
            }
        } catch (PluginUnitException e) {
            factory.close();
            throw e;
        } catch (RuntimeException | LinkageError e) {
            factory.close();
            LOG.log(Level.SEVERE, "Plugin " + pluginId + ": its persistence unit cannot be deployed", e);
            throw new PluginUnitException("its persistence unit cannot be deployed: " + e.getMessage(), e);
        }
        factories.put(pluginId, factory);
        LOG.info(() -> "Plugin " + pluginId + ": persistence unit " + declared.get().name() + " open");
    }

    /**
     * Checks the unit of a plugin jar that is not installed yet — an upload on trial, loaded by a
     * class loader of its own — as {@link #open} would, but creates nothing and leaves nothing
     * open: an upgrade is refused before the installed version is touched.
     *
     * @throws PluginUnitException when the unit is invalid
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void check(String pluginId, Path jar, ClassLoader loader) throws PluginUnitException {
        Optional<UnitDeclaration> declared = PersistenceXml.read(jar);
        if (declared.isEmpty()) {
            return;
        }
        MigrationScripts migrations = MigrationScripts.read(jar);
        migrations.check(PluginSchema.prefix(pluginId));
        if (!migrations.isEmpty()) {
            new PluginMigrations(dataSource).validate(pluginId, migrations);
        }
        EntityManagerFactory factory = create(pluginId, jar, loader, declared.get());
        try {
            validated(pluginId, factory);
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.SEVERE, "Plugin " + pluginId + ": its persistence unit cannot be deployed", e);
            throw new PluginUnitException("its persistence unit cannot be deployed: " + e.getMessage(), e);
        } finally {
            factory.close();
        }
    }

    /** Deploys the unit (no DDL: the host creates tables itself) and checks its tables. */
    private PluginSchema validated(String pluginId, EntityManagerFactory factory) throws PluginUnitException {
        DatabaseSession session = factory.unwrap(DatabaseSession.class);
        PluginSchema schema = new PluginSchema(pluginId, session);
        List<String> trespasses = schema.trespasses(hostTables());
        if (!trespasses.isEmpty()) {
            String prefix = PluginSchema.prefix(pluginId);
            throw new PluginUnitException("its persistence unit maps tables outside its namespace " + prefix + ": "
                    + String.join(", ", trespasses) + " (every table of plugin " + pluginId + " must be named "
                    + prefix + "…, name no schema and not be one of the host's)");
        }
        // PluginTenancy gave every entity the host's tenancy; one that declares another is refused.
        List<String> unlike = PluginTenancy.unlike(session.getDescriptors());
        if (!unlike.isEmpty()) {
            throw new PluginUnitException("its entities " + String.join(", ", unlike) + " declare a tenancy of"
                    + " their own, which would leave their rows unscoped: leave @Multitenant out, and the host keeps"
                    + " every row of a plugin's entities in a TENANT_ID column and every query to the caller's tenant");
        }
        return schema;
    }

    /** The open unit of a started plugin. */
    public Optional<EntityManagerFactory> factory(String pluginId) {
        return Optional.ofNullable(factories.get(pluginId));
    }

    /** Closes the plugin's unit, if open; call before its class loader is closed. */
    public void close(String pluginId) {
        EntityManagerFactory factory = factories.remove(pluginId);
        if (factory != null && factory.isOpen()) {
            try {
                factory.close();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Plugin " + pluginId + ": its persistence unit did not close cleanly", e);
            }
        }
    }

    @PreDestroy
    public void closeAll() {
        Set.copyOf(factories.keySet()).forEach(this::close);
    }

    private EntityManagerFactory create(String pluginId, Path jar, ClassLoader loader, UnitDeclaration declaration)
            throws PluginUnitException {
        try {
            PluginUnitInfo info = new PluginUnitInfo(declaration, jar.toUri().toURL(), loader, dataSource);
            return new PersistenceProvider().createContainerEntityManagerFactory(info, properties(pluginId));
        } catch (MalformedURLException e) {
            throw new PluginUnitException("its jar cannot be addressed: " + e.getMessage(), e);
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.SEVERE, "Plugin " + pluginId + ": its persistence unit is invalid", e);
            throw new PluginUnitException("its persistence unit is invalid: " + e.getMessage(), e);
        }
    }

    private Map<String, Object> properties(String pluginId) {
        Map<String, Object> properties = new HashMap<>();
        // Liberty's transaction manager: the plugin's writes join the host's JTA transaction.
        properties.put(PersistenceUnitProperties.TARGET_SERVER, TargetServer.WebSphere_Liberty);
        // EclipseLink keeps units by session name in a static map until their factory closes: a
        // name of its own per opening keeps an upgraded plugin's unit apart from the one before.
        properties.put(PersistenceUnitProperties.SESSION_NAME,
                "annex-plugin-" + pluginId + "-" + opened.incrementAndGet());
        // The plugin's classes are loaded by its own loader before the unit exists; nothing could
        // weave them, and woven change tracking would miss writes made outside the entity anyway.
        properties.put(PersistenceUnitProperties.WEAVING, "false");
        properties.put(PersistenceUnitProperties.WEAVING_CHANGE_TRACKING, "false");
        // Multitenant entities must never be served from a cache shared across tenants.
        properties.put(PersistenceUnitProperties.CACHE_SHARED_DEFAULT, "false");
        // The host creates the tables itself, after it has checked them (PluginSchema): a plugin
        // must not be able to have EclipseLink drop or create anything first.
        properties.put(PersistenceUnitProperties.DDL_GENERATION, PersistenceUnitProperties.NONE);
        properties.put(PersistenceUnitProperties.SCHEMA_GENERATION_DATABASE_ACTION, PersistenceUnitProperties.SCHEMA_GENERATION_NONE_ACTION);
        // Every entity tenant-owned, whether or not its class says so.
        properties.put(PersistenceUnitProperties.SESSION_CUSTOMIZER, PluginTenancy.class.getName());
        // Plugins' statements count in the request's X-Annex-Sql-Statements like the host's.
        properties.put(PersistenceUnitProperties.SESSION_EVENT_LISTENER_CLASS, StatementCounter.class.getName());
        properties.put(PersistenceUnitProperties.LOGGING_LEVEL, "WARNING");
        return properties;
    }

    /**
     * The host's tables: every one is mapped by an entity of the host's unit, plus Flyway's
     * history. Liberty's factory unwraps only to the provider's own factory types.
     */
    private Set<String> hostTables() {
        Set<String> tables = new HashSet<>();
        tables.add(FLYWAY_HISTORY);
        Session host = hostUnit.unwrap(JpaEntityManagerFactory.class).getDatabaseSession();
        for (ClassDescriptor descriptor : host.getDescriptors().values()) {
            for (Object table : descriptor.getTableNames()) {
                tables.add(String.valueOf(table).toUpperCase(Locale.ROOT));
            }
        }
        return tables;
    }
}
