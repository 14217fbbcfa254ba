package dev.annex.plugins.grants;

import dev.annex.plugin.api.PersonRole;
import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.Tenant;
import dev.annex.plugin.api.helpdesk.PersonInfo;
import dev.annex.plugin.api.mail.Mail;
import java.util.List;

/** The plugin's mail, queued in the request's transaction through the host's outbox. */
final class PartnerMail {

    private final PluginContext plugin;
    private final Tenant tenant;

    PartnerMail(PluginContext plugin, Tenant tenant) {
        this.plugin = plugin;
        this.tenant = tenant;
    }

    void send(PersonInfo to, String subject, String body) {
        plugin.outbox().queue(tenant, new Mail(to.email(), subject, body));
    }

    /** The customer's contact managers: its organisation admins. */
    List<PersonInfo> managersOf(long organisationId) {
        return plugin.helpDesk().members(tenant, organisationId).stream()
                .filter(p -> p.role() == PersonRole.ORGANISATION_ADMIN).toList();
    }

    void toManagers(long organisationId, long except, String subject, String body) {
        for (PersonInfo manager : managersOf(organisationId)) {
            if (manager.id() != except) {
                send(manager, subject, body);
            }
        }
    }
}
