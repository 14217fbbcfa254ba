package dev.annex.host.persistence.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import jakarta.json.bind.JsonbBuilder;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Event details were stored as {@code key=value} lines; they are JSON objects now (see
 * {@code event.EventDetails}). Rewrites the rows written before, so pending deliveries still read.
 */
public class V9__Ticket_event_details_as_json extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        Map<Long, String> rewritten = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT ID, DETAILS FROM TICKET_EVENT");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String details = rows.getString(2);
                if (!details.startsWith("{")) {
                    rewritten.put(rows.getLong(1), json(details));
                }
            }
        }
        if (rewritten.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE TICKET_EVENT SET DETAILS = ? WHERE ID = ?")) {
            for (var row : rewritten.entrySet()) {
                update.setString(1, row.getValue());
                update.setLong(2, row.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static String json(String lines) throws SQLException {
        Map<String, String> details = new TreeMap<>();
        for (String line : lines.split("\n")) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                details.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        try (var json = JsonbBuilder.create()) {
            return json.toJson(details);
        } catch (Exception e) {
            throw new SQLException("Cannot write event details as JSON", e);
        }
    }
}
