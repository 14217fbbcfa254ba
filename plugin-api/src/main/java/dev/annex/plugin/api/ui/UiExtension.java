package dev.annex.plugin.api.ui;

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
}
