package dev.annex.host.event;

import dev.annex.host.helpdesk.Person;
import dev.annex.host.plugin.tenant.PluginEnablement;
import dev.annex.host.plugin.runtime.PluginEntry;
import dev.annex.host.plugin.runtime.PluginProblems;
import dev.annex.host.plugin.tenant.PluginWork;
import dev.annex.host.tenant.TenantContext;
import dev.annex.host.tenant.TenantRef;
import dev.annex.plugin.api.PersonRole;
import dev.annex.plugin.api.Tenant;
import dev.annex.plugin.api.helpdesk.PersonInfo;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells plugins' {@link dev.annex.plugin.api.directory.DirectoryEventListener}s that a person was
 * added, once the change has committed, each plugin in a transaction of its own off the request
 * thread. Best effort, unlike ticket events: nothing is stored, so a failing listener is logged
 * and recorded as the plugin's problem but not retried. That fits what it is for (a welcome mail),
 * and keeps person creation free of plugin tables.
 */
@ApplicationScoped
public class DirectoryEvents {

    private static final Logger LOG = Logger.getLogger(DirectoryEvents.class.getName());

    @Resource
    TransactionSynchronizationRegistry transactions;
    @Resource
    ManagedExecutorService executor;

    private final TenantContext tenantContext;
    private final PluginEnablement enablement;
    private final PluginWork work;
    private final PluginProblems problems;

    @Inject
    public DirectoryEvents(TenantContext tenantContext, PluginEnablement enablement, PluginWork work,
                           PluginProblems problems) {
        this.tenantContext = tenantContext;
        this.enablement = enablement;
        this.work = work;
        this.problems = problems;
    }

    protected DirectoryEvents() {
        this(null, null, null, null);
    }

    /** Must be called inside the transaction that adds the person. */
    public void personAdded(Person person) {
        List<PluginEntry> listening = enablement.active().stream()
                .filter(p -> !p.directoryListeners().isEmpty()).toList();
        if (listening.isEmpty()) {
            return;
        }
        TenantRef tenant = tenantContext.current();
        PersonInfo info = new PersonInfo(person.id(), person.email(), person.displayName(),
                PersonRole.valueOf(person.role().name()), person.organisationId(), person.active());
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    listening.forEach(plugin -> executor.submit(() -> deliver(tenant, plugin, info)));
                }
            }
        });
    }

    private void deliver(TenantRef tenant, PluginEntry plugin, PersonInfo person) {
        String pluginId = plugin.info().id();
        try {
            work.runFor(tenant, pluginId, () -> plugin.directoryListeners()
                    .forEach(listener -> listener.onPersonAdded(new Tenant(tenant.id(), tenant.slug()), person)));
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "Plugin " + pluginId + " failed on person " + person.id() + " added", e);
            problems.record(pluginId, "directory listener failed on person " + person.id() + " added: " + e);
        }
    }
}
