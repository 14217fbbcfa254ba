package dev.annex.host.health;

import dev.annex.host.persistence.SchemaMigrations;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the schema is migrated and the database answers. */
@Readiness
@ApplicationScoped
public class DatabaseReadyCheck implements HealthCheck {

    @Resource(lookup = "jdbc/annex")
    DataSource dataSource;

    private final SchemaMigrations migrations;

    @Inject
    public DatabaseReadyCheck(SchemaMigrations migrations) {
        this.migrations = migrations;
    }

    protected DatabaseReadyCheck() {
        this(null);
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database").withData("schemaVersion", String.valueOf(migrations.version()));
        if (migrations.version() == null) {
            return response.down().withData("reason", "schema not migrated yet").build();
        }
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(2);
            return response.status(valid).build();
        } catch (SQLException e) {
            return response.down().withData("reason", e.getMessage()).build();
        }
    }
}
