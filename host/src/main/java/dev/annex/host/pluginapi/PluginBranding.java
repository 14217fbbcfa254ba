package dev.annex.host.pluginapi;

import dev.annex.host.branding.Brands;
import dev.annex.host.refusal.FieldError;
import dev.annex.host.refusal.Refusal;
import dev.annex.host.tenant.TenantBinding;
import dev.annex.plugin.api.PluginProblem;
import dev.annex.plugin.api.Tenant;
import dev.annex.plugin.api.ui.Brand;
import dev.annex.plugin.api.ui.Branding;
import java.util.Optional;

/** One plugin's door to the organisations' brands: the host's checks, answered as the plugin's problems. */
final class PluginBranding implements Branding {

    private final String pluginId;
    private final TenantBinding binding;
    private final Brands brands;

    PluginBranding(String pluginId, TenantBinding binding, Brands brands) {
        this.pluginId = pluginId;
        this.binding = binding;
        this.brands = brands;
    }

    @Override
    public void set(Tenant tenant, long organisationId, Brand brand) {
        binding.bind(tenant.id(), tenant.slug());
        if (brand == null) {
            throw PluginProblem.invalid("displayName", "is required");
        }
        try {
            brands.set(organisationId, brand.displayName(), brand.accentColour(),
                    brand.logo() == null ? null : brand.logo().mediaType(),
                    brand.logo() == null ? null : brand.logo().bytes(), "plugin:" + pluginId);
        } catch (Refusal refusal) {
            throw asProblem(refusal);
        }
    }

    @Override
    public Optional<Brand> of(Tenant tenant, long organisationId) {
        binding.bind(tenant.id(), tenant.slug());
        return brands.summary(organisationId).map(s -> new Brand(s.displayName(), s.accentColour(),
                s.logoVersion() == null ? null : brands.logo(organisationId)
                        .map(l -> new Brand.Logo(l.mediaType(), l.bytes())).orElse(null)));
    }

    @Override
    public boolean clear(Tenant tenant, long organisationId) {
        binding.bind(tenant.id(), tenant.slug());
        return brands.clear(organisationId);
    }

    private static PluginProblem asProblem(Refusal refusal) {
        if (refusal.reason() == Refusal.Reason.INVALID && !refusal.errors().isEmpty()) {
            FieldError error = refusal.errors().get(0);
            return PluginProblem.invalid(error.field(), error.message());
        }
        return refusal.reason() == Refusal.Reason.NOT_FOUND ? PluginProblem.notFound(refusal.getMessage())
                : PluginProblem.invalid("brand", refusal.getMessage());
    }
}
