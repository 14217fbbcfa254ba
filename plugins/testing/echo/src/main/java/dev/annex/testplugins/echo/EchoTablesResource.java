package dev.annex.testplugins.echo;

import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.rest.RestContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Searches every column of every table in the database for some text — a test fixture for
 * "no plain secret is stored anywhere". Only the test plugin has it; it reads all tenants' rows.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EchoTablesResource {

    public record Search(List<String> needles) {
    }

    /** {@code found}: "TABLE.COLUMN" for each cell that contains one of the needles. */
    public record Found(List<String> tables, long rows, List<String> found) {
    }

    private final PluginContext plugin;
    private final RestContext context;

    EchoTablesResource(PluginContext plugin, RestContext context) {
        this.plugin = plugin;
        this.context = context;
    }

    @POST
    public Found search(Search search) throws SQLException {
        Connection connection = plugin.persistence().entityManager(context.tenant()).unwrap(Connection.class);
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        long rows = 0;
        List<String> found = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            for (String table : tables) {
                try (ResultSet rs = statement.executeQuery("SELECT * FROM \"" + schema + "\".\"" + table + "\"")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        rows++;
                        for (int c = 1; c <= columns; c++) {
                            String value = rs.getString(c);
                            for (String needle : search.needles()) {
                                if (value != null && value.contains(needle)) {
                                    found.add(table + "." + rs.getMetaData().getColumnName(c));
                                }
                            }
                        }
                    }
                }
            }
        }
        return new Found(tables.stream().map(t -> t.toUpperCase(Locale.ROOT)).sorted().toList(), rows, found);
    }
}
