package dev.annex.host.plugin.runtime;

import dev.annex.plugin.api.Caller;
import dev.annex.plugin.api.Tenant;
import dev.annex.plugin.api.ui.UiContribution;
import dev.annex.plugin.api.ui.UiExtension;

/**
 * A UI contribution and the plugin extension that made it, which is the one asked whether to
 * offer it to a caller ({@link UiExtension#offers}).
 *
 * @param asks whether the extension has a check of its own; one that keeps the API's default
 *             offers everything its roles admit, and costs nothing to ask
 */
public record PluginUi(UiContribution contribution, UiExtension extension, boolean asks) {

    public static PluginUi of(UiContribution contribution, UiExtension extension) {
        return new PluginUi(contribution, extension, overridesOffers(extension));
    }

    private static boolean overridesOffers(UiExtension extension) {
        try {
            return extension.getClass().getMethod("offers", UiContribution.class, Tenant.class, Caller.class)
                    .getDeclaringClass() != UiExtension.class;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("UiExtension#offers is part of the API", e);
        }
    }
}
