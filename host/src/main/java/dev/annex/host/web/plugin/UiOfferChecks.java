package dev.annex.host.web.plugin;

import dev.annex.host.plugin.runtime.PluginCalls;
import dev.annex.host.plugin.runtime.PluginEntry;
import dev.annex.host.plugin.runtime.PluginProblems;
import dev.annex.host.plugin.runtime.PluginUi;
import dev.annex.host.tenant.TenantContext;
import dev.annex.host.tenant.TenantRef;
import dev.annex.plugin.api.Caller;
import dev.annex.plugin.api.Tenant;
import dev.annex.plugin.api.ui.UiContribution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a plugin's {@code UiExtension.offers} checks for one caller: in a transaction, as plugin
 * persistence needs one, and counted as a call into the plugin so an upgrade waits for it. A check
 * that fails offers the contribution: it is a hint to the UI, and a plugin that broke must not hide
 * its page from the people it serves.
 */
@ApplicationScoped
public class UiOfferChecks {

    private static final Logger LOG = Logger.getLogger(UiOfferChecks.class.getName());

    private final PluginCalls calls;
    private final PluginProblems problems;
    private final TenantContext tenantContext;

    @Inject
    public UiOfferChecks(PluginCalls calls, PluginProblems problems, TenantContext tenantContext) {
        this.calls = calls;
        this.problems = problems;
        this.tenantContext = tenantContext;
    }

    protected UiOfferChecks() {
        this(null, null, null);
    }

    /** The admitted contributions the plugin offers this caller; those without a check of their own pass. */
    @Transactional(Transactional.TxType.REQUIRED)
    public List<UiContribution> run(PluginEntry plugin, List<PluginUi> admitted, Caller caller) {
        TenantRef ref = tenantContext.current();
        Tenant tenant = new Tenant(ref.id(), ref.slug());
        try (PluginCalls.Pass pass = calls.enter(plugin.info().id())) {
            return admitted.stream().filter(ui -> !ui.asks() || offers(plugin, ui, tenant, caller))
                    .map(PluginUi::contribution).toList();
        }
    }

    private boolean offers(PluginEntry plugin, PluginUi ui, Tenant tenant, Caller caller) {
        try {
            return ui.extension().offers(ui.contribution(), tenant, caller);
        } catch (RuntimeException | LinkageError e) {
            String pluginId = plugin.info().id();
            LOG.log(Level.WARNING, "Plugin " + pluginId + " failed to say whether it offers " + ui.contribution().element(), e);
            problems.record(pluginId, "its check whether to offer " + ui.contribution().element() + " failed: " + e);
            return true;
        }
    }
}
