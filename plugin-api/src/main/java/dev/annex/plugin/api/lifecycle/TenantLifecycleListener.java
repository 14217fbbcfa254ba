package dev.annex.plugin.api.lifecycle;

import dev.annex.plugin.api.Tenant;
import org.pf4j.ExtensionPoint;

/**
 * Hears when the plugin is turned on or off for a tenant, or its settings change. Called after
 * the change has committed; a listener that throws is logged and does not undo the change.
 *
 * <pre>{@code
 * @Extension
 * public class Welcome implements TenantLifecycleListener {
 *     public void onEnabled(Tenant tenant) { ... }
 * }
 * }</pre>
 *
 * @since 1.0.0
 */
public interface TenantLifecycleListener extends ExtensionPoint {

    default void onEnabled(Tenant tenant) {
    }

    default void onDisabled(Tenant tenant) {
    }

    default void onSettingsChanged(Tenant tenant) {
    }
}
