package dev.annex.rt.config;

import dev.annex.rt.client.RtEndpoint;
import dev.annex.rt.sync.TenantRules;

/** Settings RT accepted: where and how to reach it, and the tenant's rules with queue ids resolved. */
public record CheckedConnection(RtEndpoint endpoint, TenantRules rules, String rtVersion) {
}
