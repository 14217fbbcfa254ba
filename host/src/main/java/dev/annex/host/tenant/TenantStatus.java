package dev.annex.host.tenant;

public enum TenantStatus {
    ACTIVE,
    /** Nobody of the tenant may sign in or call its API; its data is kept. */
    SUSPENDED
}
