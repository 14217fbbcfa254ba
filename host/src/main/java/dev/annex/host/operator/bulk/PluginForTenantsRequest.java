package dev.annex.host.operator.bulk;

import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * One plugin switched for many tenants.
 *
 * @param enabled     on or off
 * @param tenants     the tenants' slugs; left out, every tenant of the installation
 * @param withRelated with the plugins it needs (on) or those that need it (off), as
 *                    {@code withDependencies}/{@code withDependants} of the single-tenant switch
 */
public record PluginForTenantsRequest(@NotNull Boolean enabled, List<String> tenants, Boolean withRelated) {
}
