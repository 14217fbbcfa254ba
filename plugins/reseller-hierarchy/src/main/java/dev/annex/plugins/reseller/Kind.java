package dev.annex.plugins.reseller;

/** What an organisation is in the reseller tree. */
public enum Kind {
    DISTRIBUTOR,
    PARTNER,
    CUSTOMER
}
