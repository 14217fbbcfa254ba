package dev.annex.plugin.api.links;

/**
 * @since 1.2.0
 */
public enum SecretLinkStatus {
    /** Not used, not revoked, not expired. */
    VALID,
    REDEEMED,
    REVOKED,
    EXPIRED
}
