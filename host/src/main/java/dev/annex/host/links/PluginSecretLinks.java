package dev.annex.host.links;

import dev.annex.host.security.LoginThrottle;
import dev.annex.host.tenant.TenantBinding;
import dev.annex.plugin.api.PluginProblem;
import dev.annex.plugin.api.Tenant;
import dev.annex.plugin.api.links.IssuedSecret;
import dev.annex.plugin.api.links.SecretLink;
import dev.annex.plugin.api.links.SecretLinks;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One plugin's secret links: only its own, only in the tenant it serves. Every look-up that finds
 * nothing counts as a failure of the person (or client) asking, and after a few of them the next
 * look-ups are refused with 429 for a while, whether the secret is right or not — so guessing is
 * slow and a refusal says nothing about the secret. Successes do not clear the count: someone
 * holding one valid link could otherwise reset it between guesses.
 */
public final class PluginSecretLinks implements SecretLinks {

    private final String pluginId;
    private final TenantBinding binding;
    private final SecretLinkStore store;
    private final LoginThrottle throttle;
    private final Supplier<String> requester;

    /** @param requester who is asking: {@code person:42}, or a client's address for anonymous calls */
    public PluginSecretLinks(String pluginId, TenantBinding binding, SecretLinkStore store, LoginThrottle throttle,
                             Supplier<String> requester) {
        this.pluginId = pluginId;
        this.binding = binding;
        this.store = store;
        this.throttle = throttle;
        this.requester = requester;
    }

    @Override
    public IssuedSecret issue(Tenant tenant, String purpose, Duration lifetime) {
        bind(tenant);
        return store.issue(pluginId, purpose, lifetime);
    }

    @Override
    public Optional<SecretLink> check(Tenant tenant, String purpose, String secret) {
        bind(tenant);
        SecretLinkStore.requirePurpose(purpose);
        return throttled(tenant, purpose, () -> store.check(pluginId, purpose, secret));
    }

    @Override
    public Optional<SecretLink> redeem(Tenant tenant, String purpose, String secret) {
        bind(tenant);
        SecretLinkStore.requirePurpose(purpose);
        return throttled(tenant, purpose, () -> store.redeem(pluginId, purpose, secret));
    }

    @Override
    public boolean revoke(Tenant tenant, long linkId) {
        bind(tenant);
        return store.revoke(pluginId, linkId);
    }

    @Override
    public Optional<SecretLink> find(Tenant tenant, long linkId) {
        bind(tenant);
        return store.find(pluginId, linkId);
    }

    private Optional<SecretLink> throttled(Tenant tenant, String purpose, Supplier<Optional<SecretLink>> lookUp) {
        String area = "secret-link|" + tenant.id() + "|" + pluginId + "|" + purpose;
        String who = requester.get();
        Optional<Duration> wait = throttle.blockedFor(area, who);
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds());
            throw PluginProblem.tooManyAttempts(Duration.ofSeconds(seconds),
                    "Too many links that did not work; try again in " + seconds + " seconds.");
        }
        Optional<SecretLink> found = lookUp.get();
        if (found.isEmpty()) {
            throttle.failed(area, who);
        }
        return found;
    }

    private void bind(Tenant tenant) {
        binding.bind(tenant.id(), tenant.slug());
    }
}
