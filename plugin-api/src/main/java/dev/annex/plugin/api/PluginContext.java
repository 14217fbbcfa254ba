package dev.annex.plugin.api;

import dev.annex.plugin.api.access.AccessGrants;
import dev.annex.plugin.api.audit.AuditLog;
import dev.annex.plugin.api.dependency.PluginServices;
import dev.annex.plugin.api.directory.Invitations;
import dev.annex.plugin.api.helpdesk.HelpDesk;
import dev.annex.plugin.api.links.SecretLinks;
import dev.annex.plugin.api.mail.Outbox;
import dev.annex.plugin.api.persistence.PluginPersistence;
import dev.annex.plugin.api.settings.SettingsReader;
import dev.annex.plugin.api.ui.Branding;
import java.time.Clock;

/**
 * What the host gives a plugin. Owned by the host; a plugin never sees the plugin manager or any
 * host class. Every service acts for the tenant passed to it, and only while the plugin is
 * enabled for that tenant.
 *
 * @since 1.0.0
 */
public interface PluginContext {

    /** This plugin's id, as in its manifest. */
    String pluginId();

    /** Tickets, comments, organisations and people of the help desk. */
    HelpDesk helpDesk();

    /** Grants that widen who may see and work which tickets. */
    AccessGrants accessGrants();

    /** This plugin's settings per tenant. */
    SettingsReader settings();

    /** Mail, sent after the current transaction commits, retried on failure. */
    Outbox outbox();

    /** This plugin's own tables. */
    PluginPersistence persistence();

    /** The tenant's audit trail. */
    AuditLog audit();

    /** The host's clock; use it instead of the system clock so time can be controlled. */
    Clock clock();

    /**
     * One-time secret links (invitations, activation links): made from a CSPRNG, stored only as
     * a hash, single use, expiring, with throttled redemption.
     *
     * @since 1.2.0
     */
    default SecretLinks secretLinks() {
        throw new UnsupportedOperationException("This host does not offer secret links (plugin API 1.2.0)");
    }

    /**
     * The services of this plugin's dependencies, and the callbacks of its dependants.
     *
     * @since 1.2.0
     */
    default PluginServices services() {
        throw new UnsupportedOperationException("This host does not offer plugin services (plugin API 1.2.0)");
    }

    /**
     * Invitations to choose a password: people added without one get a one-time link by mail.
     *
     * @since 1.3.0
     */
    default Invitations invitations() {
        throw new UnsupportedOperationException("This host does not offer invitations (plugin API 1.3.0)");
    }

    /**
     * Per-organisation theming: display name, logo and accent colour for an organisation's people.
     *
     * @since 1.3.0
     */
    default Branding branding() {
        throw new UnsupportedOperationException("This host does not offer branding (plugin API 1.3.0)");
    }
}
