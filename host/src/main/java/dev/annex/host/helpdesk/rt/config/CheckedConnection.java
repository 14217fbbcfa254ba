package dev.annex.host.helpdesk.rt.config;

import dev.annex.host.helpdesk.rt.client.RtEndpoint;
import dev.annex.host.helpdesk.rt.sync.TenantRules;

/**
 * Settings RT accepted: where and how to reach it, and the tenant's rules with queue ids resolved.
 *
 * @param newestTransaction RT's newest transaction id when it was checked: a tenant's feed starts after it,
 *                          so whatever changes in RT from the moment the operator connects is read
 */
public record CheckedConnection(RtEndpoint endpoint, TenantRules rules, String rtVersion, long newestTransaction) {
}
