package dev.annex.plugin.api.dependency;

import dev.annex.plugin.api.Tenant;
import java.util.List;
import java.util.Optional;

/**
 * Reaches the services of the plugins this one depends on — only while they are started and on
 * for the tenant — and the callbacks of the plugins that depend on it, while they are started.
 *
 * <p>A dependency is declared in the manifest's {@code Plugin-Dependencies} (the plugin parent POM
 * writes it from {@code plugin.dependencies}): {@code partner-links@>=1.0.0 & <2.0.0}. The host
 * installs a plugin only once its dependencies are installed in a fitting version (until then it
 * is {@code REFUSED}, saying which is missing, and starts by itself when it arrives), enables it
 * for a tenant only with its dependencies, and re-links it when a dependency is upgraded. The
 * dependant compiles against the dependency's jar with scope {@code provided}; at run time its
 * class loader finds the dependency's classes.
 *
 * <pre>{@code
 * // case-sharing, which depends on partner-links:
 * Partnerships partnerships = context.services().fromDependency(tenant, Partnerships.class)
 *         .orElseThrow(() -> PluginProblem.conflict(null, "partner-links is off"));
 * partnerships.activeOf(tenant, organisationId);
 *
 * // partner-links, telling its dependants that a partnership ended:
 * for (PartnershipListener l : context.services().fromDependants(tenant, PartnershipListener.class)) {
 *     l.onPartnershipEnded(tenant, partnership);
 * }
 * }</pre>
 *
 * Calls run in the caller's transaction and tenant; the callee may throw {@link
 * dev.annex.plugin.api.PluginProblem}s like any endpoint.
 *
 * @since 1.2.0
 */
public interface PluginServices {

    /**
     * The service of this type that one of this plugin's declared dependencies exports.
     *
     * @return empty when no declared dependency that is started and on for the tenant exports one
     */
    <T extends ExportedService> Optional<T> fromDependency(Tenant tenant, Class<T> type);

    /**
     * The extensions of this type of the started plugins that depend on this one — also those
     * that are off for the tenant: a callback tells of this plugin's data changing (a partnership
     * ended), and what a dependant keeps about that data must follow even while it is off, or
     * turning it on again would revive what ended. Such a callback only tidies its own data.
     */
    <T extends ExportedService> List<T> fromDependants(Tenant tenant, Class<T> type);
}
