package dev.annex.host.tenant;

import java.time.Instant;

public record Tenant(long id, String slug, String name, TenantStatus status, Instant createdAt) {

    public TenantRef ref() {
        return new TenantRef(id, slug);
    }
}
