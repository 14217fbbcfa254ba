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
 * One plugin's secret links: only its own, only in the tenant it serves. Guesses are throttled per
 * person (or client) asking, by tenant, plugin and purpose ({@link SecretLinkGuesses}), and refused
 * to the plugin as a 429 {@link PluginProblem}.
 */
public final class PluginSecretLinks implements SecretLinks {

    private final String pluginId;
    private final TenantBinding binding;
    private final SecretLinkStore store;
    private final SecretLinkGuesses guesses;
    private final Supplier<String> requester;

    /** @param requester who is asking: {@code person:42}, or a client's address for anonymous calls */
    public PluginSecretLinks(String pluginId, TenantBinding binding, SecretLinkStore store, LoginThrottle throttle,
                             Supplier<String> requester) {
        this.pluginId = pluginId;
        this.binding = binding;
        this.store = store;
        this.guesses = new SecretLinkGuesses(throttle, PluginProblem::tooManyAttempts);
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
        return guesses.lookUp("secret-link|" + tenant.id() + "|" + pluginId + "|" + purpose, requester.get(), lookUp);
    }

    private void bind(Tenant tenant) {
        binding.bind(tenant.id(), tenant.slug());
    }
}
