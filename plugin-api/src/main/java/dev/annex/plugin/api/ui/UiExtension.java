package dev.annex.plugin.api.ui;

import dev.annex.plugin.api.Caller;
import dev.annex.plugin.api.Tenant;
import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * The places in the ticket UI a plugin fills. Each contribution names a custom element defined
 * by an ES module packed in the plugin jar under {@code ui/}; the host serves the module and
 * mounts the element in the slot for tenants that have the plugin enabled.
 *
 * <pre>{@code
 * @Extension
 * public class FollowUi implements UiExtension {
 *     public List<UiContribution> contributions() {
 *         return List.of(new UiContribution(UiSlot.TICKET_PANEL, "annex-followers", "followers.js", "Followers"));
 *     }
 * }
 * }</pre>
 *
 * @since 1.0.0
 */
public interface UiExtension extends ExtensionPoint {

    List<UiContribution> contributions();

    /**
     * Whether to offer one of this extension's contributions to a caller its roles already admit:
     * for what a role alone cannot say, such as a partner's page only for people who are partners.
     * The host asks whenever it lists the tenant's plugins for someone (each page load of the UI),
     * inside the tenant's request, so keep it to one cheap look-up. Like the roles it is a hint to
     * the UI and never a security boundary: the plugin's endpoints still decide what each caller
     * may do. A check that throws offers the contribution and is recorded as the plugin's problem.
     *
     * <pre>{@code
     * public boolean offers(UiContribution contribution, Tenant tenant, Caller caller) {
     *     return !contribution.element().equals("acme-partner-page") || partners.isPartner(tenant, caller);
     * }
     * }</pre>
     *
     * @param contribution one of {@link #contributions()}, whose roles include the caller's
     * @return false to leave it out of what this caller is shown; true by default
     * @since 1.5.0
     */
    default boolean offers(UiContribution contribution, Tenant tenant, Caller caller) {
        return true;
    }
}
