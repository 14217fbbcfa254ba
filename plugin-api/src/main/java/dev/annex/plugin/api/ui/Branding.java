package dev.annex.plugin.api.ui;

import dev.annex.plugin.api.Tenant;
import java.util.Optional;

/**
 * Per-organisation theming of the host's UI: the people of an organisation with a brand see the
 * help desk under its display name, logo and accent colour (the host's own pages and the plugins'
 * pages built with the UI kit, which read the same design tokens). No CSS of the plugin's own:
 * the host validates each value and applies it through its tokens, so it is safe under the
 * Content-Security-Policy.
 *
 * <pre>{@code
 * context.branding().set(tenant, customerOrgId,
 *         new Brand("Acme IT", "#0b6e4f", new Brand.Logo("image/png", pngBytes)));
 * }</pre>
 *
 * @since 1.3.0
 */
public interface Branding {

    /**
     * Sets (replaces) the organisation's brand.
     *
     * @throws dev.annex.plugin.api.PluginProblem 422 naming {@code displayName} (1–80 characters on
     *         one line), {@code accentColour} ({@code #rrggbb}, dark enough for white text: contrast
     *         at least 4.5:1) or {@code logo} (PNG, JPEG or WebP by its bytes, at most 256 KiB);
     *         404 for an organisation not in the tenant
     */
    void set(Tenant tenant, long organisationId, Brand brand);

    Optional<Brand> of(Tenant tenant, long organisationId);

    /** @return false when the organisation had no brand */
    boolean clear(Tenant tenant, long organisationId);
}
