package dev.annex.host.plugin.packages;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The table PLUGIN_PACKAGE, in plain JDBC: it is shared by every tenant and read before the
 * persistence units of plugins exist. Each method works on the connection (and transaction) it is given.
 */
final class PluginPackageStore {

    private PluginPackageStore() {
    }

    static List<PluginPackage> all(Connection connection) throws SQLException {
        List<PluginPackage> packages = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT PLUGIN_ID, VERSION, SHA256, STATE FROM PLUGIN_PACKAGE ORDER BY PLUGIN_ID");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                packages.add(new PluginPackage(rows.getString(1), rows.getString(2), rows.getString(3).trim(),
                        "INSTALLED".equals(rows.getString(4))));
            }
        }
        return packages;
    }

    static Optional<byte[]> jar(Connection connection, String pluginId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT JAR FROM PLUGIN_PACKAGE WHERE PLUGIN_ID = ? AND STATE = 'INSTALLED'")) {
            select.setString(1, pluginId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.ofNullable(rows.getBytes(1)) : Optional.empty();
            }
        }
    }

    /**
     * Locks the plugin's row for the rest of the transaction, creating it (uninstalled) when missing,
     * so that installs of one plugin through several nodes take turns.
     *
     * @return whether the row existed before
     */
    static boolean lock(Connection connection, String pluginId, Instant now) throws SQLException {
        if (touch(connection, pluginId)) {
            return true;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO PLUGIN_PACKAGE"
                + " (PLUGIN_ID, VERSION, SHA256, JAR, STATE, CHANGED_AT) VALUES (?, '', ?, NULL, 'UNINSTALLED', ?)")) {
            insert.setString(1, pluginId);
            insert.setString(2, "0".repeat(64));
            insert.setTimestamp(3, Timestamp.from(now));
            insert.executeUpdate();
            return false;
        }
    }

    private static boolean touch(Connection connection, String pluginId) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE PLUGIN_PACKAGE SET CHANGED_AT = CHANGED_AT WHERE PLUGIN_ID = ?")) {
            update.setString(1, pluginId);
            return update.executeUpdate() == 1;
        }
    }

    static void installed(Connection connection, String pluginId, String version, String sha256, byte[] jar,
                          Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE PLUGIN_PACKAGE"
                + " SET VERSION = ?, SHA256 = ?, JAR = ?, STATE = 'INSTALLED', CHANGED_AT = ? WHERE PLUGIN_ID = ?")) {
            update.setString(1, version);
            update.setString(2, sha256);
            update.setBytes(3, jar);
            update.setTimestamp(4, Timestamp.from(now));
            update.setString(5, pluginId);
            update.executeUpdate();
        }
    }

    static void uninstalled(Connection connection, String pluginId, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE PLUGIN_PACKAGE"
                + " SET JAR = NULL, STATE = 'UNINSTALLED', CHANGED_AT = ? WHERE PLUGIN_ID = ?")) {
            update.setTimestamp(1, Timestamp.from(now));
            update.setString(2, pluginId);
            update.executeUpdate();
        }
    }

    /** Records a jar a node found in its folder, unless the database already says something of that plugin. */
    static boolean offer(Connection connection, String pluginId, String version, String sha256, byte[] jar,
                         Instant now) throws SQLException {
        if (exists(connection, pluginId)) {
            return false;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO PLUGIN_PACKAGE"
                + " (PLUGIN_ID, VERSION, SHA256, JAR, STATE, CHANGED_AT) VALUES (?, ?, ?, ?, 'INSTALLED', ?)")) {
            insert.setString(1, pluginId);
            insert.setString(2, version);
            insert.setString(3, sha256);
            insert.setBytes(4, jar);
            insert.setTimestamp(5, Timestamp.from(now));
            insert.executeUpdate();
            return true;
        }
    }

    private static boolean exists(Connection connection, String pluginId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM PLUGIN_PACKAGE WHERE PLUGIN_ID = ?")) {
            select.setString(1, pluginId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** SQLSTATE class 23: the row was inserted meanwhile by another node. */
    static boolean duplicate(SQLException e) {
        for (SQLException current = e; current != null; current = current.getNextException()) {
            if (current.getSQLState() != null && current.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
