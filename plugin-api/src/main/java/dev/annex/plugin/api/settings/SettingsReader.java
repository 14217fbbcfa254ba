package dev.annex.plugin.api.settings;

import dev.annex.plugin.api.Tenant;
import java.time.Duration;
import java.util.Optional;

/**
 * Reads this plugin's settings for a tenant: the tenant's value, else the declared default.
 * Values were validated when they were set, so the typed getters do not fail on stored values.
 *
 * <pre>{@code
 * Duration lifetime = context.settings().duration(tenant, "linkLifetime");
 * }</pre>
 *
 * @since 1.0.0
 */
public interface SettingsReader {

    /** The raw value, or empty when neither set nor defaulted. */
    Optional<String> value(Tenant tenant, String key);

    String text(Tenant tenant, String key);

    long number(Tenant tenant, String key);

    boolean bool(Tenant tenant, String key);

    Duration duration(Tenant tenant, String key);
}
