package dev.annex.plugin.api.links;

import dev.annex.plugin.api.Tenant;
import java.time.Duration;
import java.util.Optional;

/**
 * One-time secret links: invitations, activation and confirmation links a person follows once.
 * The host makes the secret (256 random bits from a CSPRNG), hands it out once and keeps only its
 * SHA-256 hash, so neither the plugin's tables nor the host's hold a secret anyone could use.
 *
 * <p>Rules the host applies:
 * <ul>
 *   <li>a secret is found by its hash, only for the plugin and {@code purpose} it was issued for,
 *       only in its tenant;</li>
 *   <li>it is valid until {@link SecretLink#expiresAt()} (exclusive; no job has to run), until it is
 *       redeemed, or until it is revoked — whichever comes first;</li>
 *   <li>{@link #redeem} uses it up atomically: of two redemptions at the same moment exactly one
 *       succeeds;</li>
 *   <li>a wrong, used, revoked or expired secret gives the same answer (empty), so nobody learns
 *       which secrets exist; after a few failures from the same person (or, for anonymous calls,
 *       the same client) further {@link #check}s and {@link #redeem}s are refused for a while with
 *       a {@link dev.annex.plugin.api.PluginProblem} of status 429 and a {@code Retry-After}, even
 *       for a correct secret, doubling up to 15 minutes.</li>
 * </ul>
 *
 * <pre>{@code
 * IssuedSecret issued = context.secretLinks().issue(tenant, "invitation", Duration.ofDays(30));
 * store(issued.link().id());                  // keep the id, never the secret
 * show(baseUrl + "#" + issued.secret());     // shown once
 * ...
 * SecretLink used = context.secretLinks().redeem(tenant, "invitation", secret)
 *         .orElseThrow(() -> PluginProblem.notFound("This link is not valid."));
 * }</pre>
 *
 * @since 1.2.0
 */
public interface SecretLinks {

    /**
     * Makes a new link.
     *
     * @param purpose  what the link is for, 1–40 characters of {@code a-z 0-9 . _ -}; a secret only
     *                 redeems for the purpose it was issued for
     * @param lifetime how long it stays valid: positive, at most 366 days
     * @return the link and its secret, which the host never shows again
     */
    IssuedSecret issue(Tenant tenant, String purpose, Duration lifetime);

    /**
     * The link a secret opens, without using it up — for a page that asks "accept this
     * invitation?" before the person decides. Throttled like {@link #redeem}.
     *
     * @return empty for a wrong, used, revoked or expired secret alike
     */
    Optional<SecretLink> check(Tenant tenant, String purpose, String secret);

    /**
     * Uses the link up, once. The redemption joins the current transaction: if it rolls back,
     * the link is valid again.
     *
     * @return the link as it is now (redeemed); empty for a wrong, used, revoked or expired
     *         secret alike, and for the loser of two redemptions at the same moment
     */
    Optional<SecretLink> redeem(Tenant tenant, String purpose, String secret);

    /**
     * Revokes a link that was not redeemed yet.
     *
     * @return false when this plugin has no such link in the tenant, or it was redeemed or
     *         revoked already
     */
    boolean revoke(Tenant tenant, long linkId);

    /** One of this plugin's links, by id (never by secret). */
    Optional<SecretLink> find(Tenant tenant, long linkId);
}
