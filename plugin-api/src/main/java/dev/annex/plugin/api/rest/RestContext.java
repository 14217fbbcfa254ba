package dev.annex.plugin.api.rest;

import dev.annex.plugin.api.Caller;
import dev.annex.plugin.api.Tenant;

/**
 * Who calls a plugin endpoint, for which tenant.
 *
 * @since 1.0.0
 */
public record RestContext(Tenant tenant, Caller caller) {
}
