package dev.annex.plugins.reseller;

import java.util.List;

/**
 * Request bodies. Numbers and dates arrive as text where a malformed value must be answered
 * with a 422 naming the field rather than a parse failure of the whole body.
 */
public final class Inputs {

    private Inputs() {
    }

    /** An agent's placing of an organisation in the tree. */
    public record Placement(String kind, Long parentId) {
    }

    /** Add customer (seed 003's wizard): the partner is the caller's own organisation unless an agent names one. */
    public record NewCustomer(String name, String email, Long partnerId, Integer seats, String expiresOn,
                              List<Sku> skus) {
    }

    /** Edit customer: each field left out (null) stays as it is; {@code expiresOn} "" clears it. */
    public record CustomerChanges(String name, String email, Integer seats, String expiresOn, List<Sku> skus) {
    }

    /**
     * Rebrand information (seed 003's wizard step): {@code logo} is the image's bytes in base64 and
     * {@code logoType} its media type; a null logo keeps the one set before, {@code removeLogo} drops it.
     */
    public record Branding(String displayName, String accentColour, String logo, String logoType, Boolean removeLogo) {
    }

    public record Sku(String sku, Integer quantity) {
    }

    /** Delete one or several (the pages' checkboxes). */
    public record Ids(List<Long> ids) {
    }

    public record NewSite(String name) {
    }

    public record NewAsset(String name, String kind, String identifier) {
    }

    /** An operator's portal role: VIEWER or ADMIN. */
    public record OperatorRole(String role) {
    }
}
