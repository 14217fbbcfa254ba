package dev.annex.host.testing;

import dev.annex.host.tenant.TenantContext;
import dev.annex.host.tenant.TenantEntityManager;
import dev.annex.host.tenant.TenantRef;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import dev.annex.host.persistence.SchemaMigrations;
import org.flywaydb.core.Flyway;

/**
 * A fresh in-memory Derby database — or, when the build's postgresql profile names one
 * ({@value #POSTGRESQL_URL}), a fresh schema in PostgreSQL — with every migration of the host
 * applied, and EclipseLink on it outside a container (unit {@code host-test}): the host's own
 * tables and queries, as the server runs them, in a unit test. Work runs for one tenant at a time in a transaction of its
 * own ({@link #inTransaction}), through the same {@link TenantEntityManager} the services use.
 */
public final class TestDatabase implements AutoCloseable {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static TestDatabase shared;

    private final String url;
    private final EntityManagerFactory factory;
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();
    private final TenantEntityManager tenantEntityManager = new TenantEntityManager() {
        @Override
        public EntityManager get() {
            EntityManager em = current.get();
            if (em == null) {
                throw new IllegalStateException("Use the database inside inTransaction(…)");
            }
            return em;
        }
    };
    private TenantRef tenant;

    /**
     * One database for every test class of the run: migrating and starting EclipseLink is the slow
     * part, and each test works in a tenant of its own ({@link #createTenant}), which the host's own
     * tenant scoping keeps apart.
     */
    public static synchronized TestDatabase shared() {
        if (shared == null) {
            shared = new TestDatabase();
        }
        return shared;
    }

    public TestDatabase() {
        int number = COUNTER.incrementAndGet();
        String postgresql = System.getProperty(POSTGRESQL_URL, "");
        if (postgresql.isBlank()) {
            url = "jdbc:derby:memory:host" + number + ";create=true";
            SchemaMigrations.configure(Flyway.configure().dataSource(url, null, null)).load().migrate();
            factory = Persistence.createEntityManagerFactory("host-test", Map.of(
                    "jakarta.persistence.jdbc.url", url,
                    "jakarta.persistence.jdbc.driver", "org.apache.derby.iapi.jdbc.AutoloadedDriver"));
            return;
        }
        // A schema of its own per database and run, dropped when the JVM ends, so runs never meet.
        String schema = "annex_unit_" + ProcessHandle.current().pid() + "_" + number;
        String user = System.getProperty("annex.test.pg.user", "postgres");
        url = postgresql + (postgresql.contains("?") ? "&" : "?") + "user=" + user + "&currentSchema=" + schema;
        SchemaMigrations.configure(Flyway.configure().dataSource(url, null, null).schemas(schema)).load().migrate();
        factory = Persistence.createEntityManagerFactory("host-test", Map.of(
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.driver", "org.postgresql.Driver"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(postgresql, user, schema)));
    }

    /** Set (a JDBC URL of PostgreSQL) by the build's postgresql profile: the tests then run on PostgreSQL. */
    public static final String POSTGRESQL_URL = "annex.test.pg.url";

    private static void drop(String postgresql, String user, String schema) {
        try (Connection connection = DriverManager.getConnection(postgresql + (postgresql.contains("?") ? "&" : "?")
                + "user=" + user); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            System.err.println("Could not drop the test schema " + schema + ": " + e);
        }
    }

    /** A new tenant row (no people yet); work then runs for it until another is chosen. */
    public TenantRef createTenant(String slug) {
        try (Connection connection = DriverManager.getConnection(url);
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO TENANT (SLUG, NAME, STATUS, CREATED_AT) VALUES (?, ?, 'ACTIVE', CURRENT_TIMESTAMP)",
                     Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, slug);
            insert.setString(2, slug);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                TenantRef created = new TenantRef(keys.getLong(1), slug);
                actFor(created);
                return created;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create tenant " + slug, e);
        }
    }

    /** Later work runs for this tenant. */
    public void actFor(TenantRef tenant) {
        this.tenant = tenant;
    }

    /** Runs the work in one transaction for the current tenant: committed if it returns, rolled back if it throws. */
    public <T> T inTransaction(Supplier<T> work) {
        EntityManager em = factory.createEntityManager(Map.of(TenantEntityManager.TENANT_PROPERTY, tenant.id()));
        current.set(em);
        try {
            em.getTransaction().begin();
            T result = work.get();
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            current.remove();
            em.close();
        }
    }

    public void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /** The entity manager the host's services get: the current transaction's, bound to the current tenant. */
    public TenantEntityManager entityManager() {
        return tenantEntityManager;
    }

    /** The tenant context the host's services read, always set to the current tenant. */
    public TenantContext tenantContext() {
        return new TenantContext() {
            @Override
            public TenantRef current() {
                return tenant;
            }

            @Override
            public boolean isSet() {
                return tenant != null;
            }
        };
    }

    @Override
    public void close() {
        factory.close();
    }
}
