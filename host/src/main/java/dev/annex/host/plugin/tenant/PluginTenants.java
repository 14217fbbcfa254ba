package dev.annex.host.plugin.tenant;

import dev.annex.host.tenant.TenantRef;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Which tenants have a plugin on, across tenants, for the host's own background work (a plugin's
 * scheduled jobs): the one reader of PLUGIN_TENANT outside a tenant's request, next to
 * {@link PluginEnablement}, which owns the table for the current tenant.
 */
@ApplicationScoped
public class PluginTenants {

    @Resource(lookup = "jdbc/annex")
    DataSource dataSource;

    /**
     * The active tenants that have the plugin on, in id order. Plain JDBC: this reads across
     * tenants, which EclipseLink rightly refuses for a unit with multitenant entities.
     */
    public List<TenantRef> activeWith(String pluginId) {
        String sql = "SELECT t.ID, t.SLUG FROM TENANT t JOIN PLUGIN_TENANT p ON p.TENANT_ID = t.ID"
                + " WHERE p.PLUGIN_ID = ? AND t.STATUS = 'ACTIVE' ORDER BY t.ID";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, pluginId);
            List<TenantRef> tenants = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    tenants.add(new TenantRef(rows.getLong(1), rows.getString(2)));
                }
            }
            return tenants;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the tenants of plugin " + pluginId, e);
        }
    }
}
