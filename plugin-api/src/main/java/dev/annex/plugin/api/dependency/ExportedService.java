package dev.annex.plugin.api.dependency;

import org.pf4j.ExtensionPoint;

/**
 * A service one plugin offers to the plugins that depend on it, or a callback a dependant offers
 * back. Declare the interface in a package of your plugin that you keep stable (its
 * {@code ….api} package), implement it in an {@code @Extension}, and version it with the plugin:
 * dependants name a range in {@code Plugin-Dependencies} ({@code partner-links@>=1.0.0 & <2.0.0}),
 * so an additive change bumps your minor version and a breaking one your major.
 *
 * <pre>{@code
 * // in partner-links, package dev.annex.plugins.partnerlinks.api
 * public interface Partnerships extends ExportedService {
 *     List<Partnership> activeOf(Tenant tenant, long organisationId);
 * }
 * }</pre>
 *
 * @since 1.2.0
 */
public interface ExportedService extends ExtensionPoint {
}
