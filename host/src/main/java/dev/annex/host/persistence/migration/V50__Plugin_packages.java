package dev.annex.host.persistence.migration;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The installed plugins' jars, where every node sees them: the source of truth for what is installed
 * (each node keeps a copy in its plugin folder). In Java because the jar's column type differs:
 * {@code BYTEA} on PostgreSQL, {@code BLOB} on Derby.
 */
public class V50__Plugin_packages extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        boolean postgresql = context.getConnection().getMetaData().getDatabaseProductName().toLowerCase()
                .contains("postgresql");
        try (Statement statement = context.getConnection().createStatement()) {
            // STATE is INSTALLED or UNINSTALLED (then JAR is null): an uninstall must reach nodes that
            // still hold the jar in their folder, such as a shipped plugin's.
            statement.execute("CREATE TABLE PLUGIN_PACKAGE ("
                    + " PLUGIN_ID  VARCHAR(64)  NOT NULL PRIMARY KEY,"
                    + " VERSION    VARCHAR(255) NOT NULL,"
                    + " SHA256     CHAR(64)     NOT NULL,"
                    + " JAR        " + (postgresql ? "BYTEA" : "BLOB(64M)") + ","
                    + " STATE      VARCHAR(16)  NOT NULL,"
                    + " CHANGED_AT TIMESTAMP    NOT NULL,"
                    + " CONSTRAINT CK_PLUGIN_PACKAGE_STATE CHECK (STATE IN ('INSTALLED', 'UNINSTALLED')))");
        }
    }
}
