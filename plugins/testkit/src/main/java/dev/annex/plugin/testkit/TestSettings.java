package dev.annex.plugin.testkit;

import dev.annex.plugin.api.PluginProblem;
import dev.annex.plugin.api.Tenant;
import dev.annex.plugin.api.settings.SettingDefinition;
import dev.annex.plugin.api.settings.SettingsReader;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Settings as the host reads them: a tenant's value, else the plugin's declared default. Only
 * declared keys exist, as on the server; {@link #set} stands for the tenant admin's form.
 */
public final class TestSettings implements SettingsReader {

    private final Map<String, SettingDefinition> declared = new HashMap<>();
    private final Map<String, String> values = new HashMap<>();

    public TestSettings(List<SettingDefinition> definitions) {
        definitions.forEach(d -> declared.put(d.key(), d));
    }

    public TestSettings set(Tenant tenant, String key, String value) {
        definition(key);
        values.put(tenant.slug() + "\u0000" + key, value);
        return this;
    }

    private SettingDefinition definition(String key) {
        SettingDefinition definition = declared.get(key);
        if (definition == null) {
            throw new IllegalArgumentException("The plugin declares no setting '" + key + "'");
        }
        return definition;
    }

    @Override
    public Optional<String> value(Tenant tenant, String key) {
        SettingDefinition definition = definition(key);
        String value = values.get(tenant.slug() + "\u0000" + key);
        return Optional.ofNullable(value != null ? value : definition.defaultValue());
    }

    private String required(Tenant tenant, String key) {
        return value(tenant, key).orElseThrow(() -> PluginProblem.conflict(key, "has no value and no default"));
    }

    @Override
    public String text(Tenant tenant, String key) {
        return required(tenant, key);
    }

    @Override
    public long number(Tenant tenant, String key) {
        return Long.parseLong(required(tenant, key));
    }

    @Override
    public boolean bool(Tenant tenant, String key) {
        return Boolean.parseBoolean(required(tenant, key));
    }

    @Override
    public Duration duration(Tenant tenant, String key) {
        return Duration.parse(required(tenant, key));
    }
}
