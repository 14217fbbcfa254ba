package dev.annex.host.pluginapi;

import dev.annex.host.access.GrantStore;
import dev.annex.host.access.Viewers;
import dev.annex.host.activation.Activations;
import dev.annex.host.audit.AuditTrail;
import dev.annex.host.branding.Brands;
import dev.annex.host.event.DirectoryEvents;
import dev.annex.host.helpdesk.Directory;
import dev.annex.host.helpdesk.PeopleMirror;
import dev.annex.host.helpdesk.TicketStore;
import dev.annex.host.links.PluginSecretLinks;
import dev.annex.host.links.SecretLinkStore;
import dev.annex.host.mail.MailOutbox;
import dev.annex.host.plugin.persistence.PluginEntityManagers;
import dev.annex.host.plugin.runtime.PluginContextFactory;
import dev.annex.host.plugin.runtime.PluginRuntime;
import dev.annex.host.plugin.tenant.PluginEnablement;
import dev.annex.host.plugin.tenant.PluginSettings;
import dev.annex.host.security.Caller;
import dev.annex.host.security.LoginThrottle;
import dev.annex.host.tenant.TenantBinding;
import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.PluginProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;

/** Builds the {@link PluginContext} each plugin gets: host services bound to that plugin's id. */
@ApplicationScoped
public class PluginContexts implements PluginContextFactory {

    @Inject
    TenantBinding binding;
    @Inject
    Directory directory;
    @Inject
    TicketStore tickets;
    @Inject
    Viewers viewers;
    @Inject
    GrantStore grants;
    @Inject
    Instance<PluginSettings> settings;
    @Inject
    Instance<PluginRuntime> runtime;
    @Inject
    AuditTrail audit;
    @Inject
    MailOutbox outbox;
    @Inject
    Clock clock;
    @Inject
    PluginEntityManagers entityManagers;
    @Inject
    SecretLinkStore secretLinks;
    @Inject
    LoginThrottle throttle;
    @Inject
    Instance<Caller> caller;
    @Inject
    Instance<PluginEnablement> enablement;
    @Inject
    Instance<DirectoryEvents> directoryEvents;
    @Inject
    Instance<PeopleMirror> peopleMirror;
    @Inject
    Activations activations;
    @Inject
    Brands brands;

    @Override
    public PluginContext forPlugin(String pluginId) {
        return new HostPluginContext(pluginId,
                new PluginHelpDesk(binding, directory, tickets, viewers, peopleMirror.get()),
                new PluginAccessGrants(pluginId, binding, grants),
                new PluginSettingsReader(pluginId, binding, settings, runtime),
                (tenant, mail) -> {
                    binding.bind(tenant.id(), tenant.slug());
                    try {
                        outbox.queue(tenant.id(), pluginId, mail.to(), mail.subject(), mail.body(), mail.senderName());
                    } catch (IllegalArgumentException invalid) {
                        throw PluginProblem.invalid("mail", invalid.getMessage());
                    }
                },
                entityManagers.forPlugin(pluginId),
                (tenant, actorId, action, detail) -> {
                    binding.bind(tenant.id(), tenant.slug());
                    audit.record(tenant.id(), actorId == null ? null : "person:" + actorId, pluginId, action, detail);
                },
                clock,
                new PluginSecretLinks(pluginId, binding, secretLinks, throttle, this::requester),
                new DependencyServices(pluginId, binding, () -> runtime.get().reachableCatalog(),
                        id -> enablement.get().isEnabled(id)),
                new PluginInvitations(pluginId, this::inviter, binding, directory, directoryEvents.get(), activations,
                        peopleMirror.get()),
                new PluginBranding(pluginId, binding, brands));
    }

    /** Whom an invitation mail names as inviting: the signed-in person, else the help desk's team. */
    private String inviter() {
        try {
            return caller.get().person().displayName();
        } catch (RuntimeException outsideRequestOrAnonymous) {
            return "The help desk's team";
        }
    }

    /** Who asks, for throttling secret-link look-ups: the signed-in person, else everyone anonymous alike. */
    private String requester() {
        try {
            return "person:" + caller.get().person().id();
        } catch (ContextNotActiveException outsideRequest) {
            return "background";
        } catch (RuntimeException anonymous) {
            return "anonymous";
        }
    }
}
