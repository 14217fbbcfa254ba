package dev.annex.host.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import dev.annex.host.persistence.migration.V50__Plugin_packages;
import dev.annex.host.persistence.migration.V59__Organisation_brand;
import dev.annex.host.persistence.migration.V9__Ticket_event_details_as_json;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Creates and upgrades the host's tables with Flyway's versioned migrations, the same scripts on
 * Derby and PostgreSQL. An upgrade applies only the scripts a database has not seen, so data stays.
 */
@ApplicationScoped
public class SchemaMigrations {

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    @Resource(lookup = "jdbc/annex")
    DataSource dataSource;

    private final Optional<String> schema;
    private volatile String version;

    @Inject
    public SchemaMigrations(@ConfigProperty(name = "annex.db.schema") Optional<String> schema) {
        this.schema = schema.filter(s -> !s.isBlank());
    }

    protected SchemaMigrations() {
        this(Optional.empty());
    }

    public void migrate() {
        var configuration = configure(Flyway.configure(getClass().getClassLoader()).dataSource(dataSource));
        schema.ifPresent(configuration::schemas);
        MigrateResult result = configuration.load().migrate();
        version = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        LOG.info(() -> "Database schema at version " + version + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    /**
     * The host's migrations: the SQL scripts in {@code db/migration}, and the few that rewrite data in
     * Java, named here rather than found by scanning (they live in the host's own packages).
     */
    public static FluentConfiguration configure(FluentConfiguration flyway) {
        return flyway.locations("classpath:db/migration").javaMigrations(new V9__Ticket_event_details_as_json(),
                new V50__Plugin_packages(), new V59__Organisation_brand());
    }

    /** The schema version reached at start-up, or null before migrations ran. */
    public String version() {
        return version;
    }
}
