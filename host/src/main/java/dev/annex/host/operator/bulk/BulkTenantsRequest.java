package dev.annex.host.operator.bulk;

import dev.annex.host.operator.CreateTenantRequest;
import java.util.List;

/**
 * Up to {@value BulkTenantCreation#MAX_ROWS} tenants, each as {@code POST /api/operator/tenants} takes
 * one; its rows are checked by {@link BulkTenantCreation}, which names the row of each bad field.
 */
public record BulkTenantsRequest(List<CreateTenantRequest> tenants) {
}
