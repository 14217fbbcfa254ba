package dev.annex.host.plugin.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/** One setting a tenant gave a plugin; unset settings have no row and take their default. */
@Entity
@Table(name = "PLUGIN_SETTING")
@Multitenant
@TenantDiscriminatorColumn(name = "TENANT_ID", contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT)
public class PluginSettingEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "PLUGIN_ID", nullable = false)
    String pluginId;

    @Column(name = "SETTING_KEY", nullable = false)
    String key;

    @Column(name = "SETTING_VALUE", nullable = false)
    String value;
}
