package dev.annex.host.helpdesk.rt.config;

import dev.annex.host.helpdesk.rt.client.RtEndpoint;
import dev.annex.host.helpdesk.rt.sync.TenantRules;

/** Settings RT accepted: where and how to reach it, and the tenant's rules with queue ids resolved. */
public record CheckedConnection(RtEndpoint endpoint, TenantRules rules, String rtVersion) {
}
