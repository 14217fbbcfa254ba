package dev.annex.plugins.reseller;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Response bodies. */
public final class Views {

    private Views() {
    }

    /**
     * Who the caller is here: {@code kind} of their organisation (null for agents and people of
     * organisations outside the tree), their operator {@code role} on the portal, whether they
     * may change customers, which pages they have.
     */
    public record Me(boolean agent, Long organisationId, String organisationName, Kind kind, Operator.Role role,
                     boolean canChange, List<String> pages) {
    }

    public record OperatorView(long personId, String displayName, String email, Operator.Role role) {
    }

    public record Node(long id, String name, Kind kind, Long parentId) {
    }

    public record Sku(String sku, int quantity) {
    }

    /**
     * @param activation the activation link of the customer's admin (the customer's email), or
     *                   null while none was sent
     */
    public record Customer(long id, String name, String email, long partnerId, String partnerName, int seats,
                           LocalDate expiresOn, List<Sku> skus, int sites, int assets, Activation activation) {
    }

    /** A customer's rebrand information as its people see it; {@code logo} is whether one is set. */
    public record CustomerBrand(String displayName, String accentColour, boolean logo) {
    }

    /** @param state PENDING, EXPIRED or ACTIVATED */
    public record Activation(String state, Instant sentAt, Instant expiresAt) {
    }

    /** Totals over the customers below a partner or distributor. */
    public record Totals(long customers, long seats, long sites, long assets, LocalDate nextExpiry) {
        static final Totals NONE = new Totals(0, 0, 0, 0, null);
    }

    public record Partner(long id, String name, Long distributorId, String distributorName, Totals totals) {
    }

    public record Distributor(long id, String name, long partners, Totals totals) {
    }

    public record Site(long id, String name, long assets) {
    }

    public record Asset(long id, long siteId, String name, String kind, String identifier) {
    }
}
