package dev.annex.host.pluginapi;

import dev.annex.plugin.api.PluginContext;
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

/** The host's {@link PluginContext}: plain values, no way back into the host's internals. */
record HostPluginContext(String pluginId, HelpDesk helpDesk, AccessGrants accessGrants, SettingsReader settings,
                         Outbox outbox, PluginPersistence persistence, AuditLog audit, Clock clock,
                         SecretLinks secretLinks, PluginServices services, Invitations invitations,
                         Branding branding)
        implements PluginContext {
}
