package dev.annex.host.plugin.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Runs a plugin's checked migrations with Flyway, with a history table of its own in its namespace
 * ({@code <prefix>schema_history}), on every start, install and upgrade: a database applies only
 * the scripts it has not seen, each in its own transaction, and a script changed after it ran
 * (its checksum) refuses the plugin rather than leaving its tables unlike its entities.
 * <p>
 * A plugin that adopts migrations after its tables were made from its entities (the host's
 * create-or-extend, for a plugin without migrations) finds its tables there and no history: the
 * host then takes those tables as its version 1 and applies the scripts after it. Flyway's lock on
 * the history table keeps two nodes opening the same plugin from applying a script twice.
 */
final class PluginMigrations {

    private final DataSource dataSource;

    PluginMigrations(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** @return the plugin's schema version after the run */
    String migrate(String pluginId, MigrationScripts scripts) throws PluginUnitException {
        return withScripts(pluginId, scripts, (configuration, adopted) -> {
            MigrateResult result = configuration.load().migrate();
            return result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        });
    }

    /**
     * Checks an upload's scripts against what this database already applied, before the upload is
     * installed: an applied script that was changed or removed refuses the upload while the
     * installed version keeps serving. Scripts not applied yet are the upgrade's to apply.
     */
    void validate(String pluginId, MigrationScripts scripts) throws PluginUnitException {
        withScripts(pluginId, scripts, (configuration, adopted) -> {
            // No history yet: nothing applied, nothing to compare.
            if (tableNames().contains(history(pluginId).toUpperCase(Locale.ROOT))) {
                var result = configuration.ignoreMigrationPatterns("*:pending").load().validateWithResult();
                if (!result.validationSuccessful) {
                    throw new FlywayException(result.getAllErrorMessages());
                }
            }
            return null;
        });
    }

    private interface FlywayRun<T> {
        T run(FluentConfiguration configuration, boolean adopted) throws SQLException;
    }

    private <T> T withScripts(String pluginId, MigrationScripts scripts, FlywayRun<T> run) throws PluginUnitException {
        String prefix = PluginSchema.prefix(pluginId);
        String history = history(pluginId);
        Path folder = null;
        try {
            folder = Files.createTempDirectory("annex-migrations-");
            scripts.writeTo(folder);
            Set<String> tables = tableNames();
            boolean adopted = !tables.contains(history.toUpperCase(Locale.ROOT))
                    && tables.stream().anyMatch(table -> table.startsWith(prefix));
            FluentConfiguration configuration = Flyway.configure(PluginMigrations.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("filesystem:" + folder.toAbsolutePath())
                    .table(history)
                    .baselineOnMigrate(true)
                    .baselineVersion(adopted ? "1" : "0")
                    .baselineDescription(adopted ? "tables made from the entities before migrations" : "empty")
                    .validateMigrationNaming(true)
                    .cleanDisabled(true);
            return run.run(configuration, adopted);
        } catch (FlywayException e) {
            throw new PluginUnitException("its migrations failed: " + e.getMessage(), e);
        } catch (IOException | SQLException e) {
            throw new PluginUnitException("its migrations could not run: " + e.getMessage(), e);
        } finally {
            delete(folder);
        }
    }

    private static String history(String pluginId) {
        return PluginSchema.prefix(pluginId).toLowerCase(Locale.ROOT) + "schema_history";
    }

    /** The tables of the connection's schema, upper case. */
    private Set<String> tableNames() throws SQLException {
        Set<String> names = new HashSet<>();
        try (Connection connection = dataSource.getConnection();
                ResultSet tables = connection.getMetaData().getTables(null, connection.getSchema(), null,
                        new String[] {"TABLE"})) {
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME").toUpperCase(Locale.ROOT));
            }
        }
        return names;
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            folder.toFile().deleteOnExit();
        }
    }
}
