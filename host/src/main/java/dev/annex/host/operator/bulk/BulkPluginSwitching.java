package dev.annex.host.operator.bulk;

import dev.annex.host.plugin.tenant.PluginSwitch;
import dev.annex.host.refusal.FieldError;
import dev.annex.host.refusal.Refusal;
import dev.annex.host.tenant.TenantRef;
import dev.annex.host.tenant.Tenants;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns one plugin on or off for many tenants (named, or all of them) as one operation the operator
 * polls. The plugin and every named tenant are checked before anything is written (404 for the
 * plugin, 422 naming each unknown {@code tenants[i]}); then each tenant is switched on its own, with
 * the same dependency rule as the single-tenant switch, and a tenant whose switch is refused (a
 * dependant still on, say) is listed in the operation's failures while the others go on.
 */
@ApplicationScoped
public class BulkPluginSwitching {

    public static final String KIND_ON = "plugin.enable";
    public static final String KIND_OFF = "plugin.disable";

    @Resource
    ManagedExecutorService executor;

    private final Tenants tenants;
    private final PluginSwitch pluginSwitch;
    private final BulkOperations operations;
    private final BulkRows rows;

    @Inject
    public BulkPluginSwitching(Tenants tenants, PluginSwitch pluginSwitch, BulkOperations operations, BulkRows rows) {
        this.tenants = tenants;
        this.pluginSwitch = pluginSwitch;
        this.operations = operations;
        this.rows = rows;
    }

    protected BulkPluginSwitching() {
        this(null, null, null, null);
    }

    /**
     * @param slugs the tenants, or null for every tenant of the installation
     * @param both  with its dependencies (on) or its dependants (off)
     */
    public BulkOperation start(String pluginId, boolean enabled, List<String> slugs, boolean both, String actor) {
        pluginSwitch.switchable(pluginId, enabled);
        List<TenantRef> targets = targets(slugs);
        BulkOperation operation = operations.start(enabled ? KIND_ON : KIND_OFF, targets.size(), actor);
        executor.submit(() -> BulkRun.run(operations, operation.id(), targets,
                i -> "tenant " + targets.get(i).slug(),
                tenant -> rows.switchPlugin(tenant, pluginId, enabled, both, actor)));
        return operation;
    }

    private List<TenantRef> targets(List<String> slugs) {
        List<TenantRef> all = tenants.all();
        if (slugs == null) {
            return all;
        }
        if (slugs.isEmpty()) {
            throw Refusal.invalid("tenants", "must name at least one tenant, or leave it out for all");
        }
        Map<String, TenantRef> bySlug = all.stream().collect(Collectors.toMap(TenantRef::slug, Function.identity()));
        List<FieldError> errors = new ArrayList<>();
        LinkedHashSet<TenantRef> targets = new LinkedHashSet<>();
        for (int i = 0; i < slugs.size(); i++) {
            TenantRef tenant = slugs.get(i) == null ? null : bySlug.get(slugs.get(i));
            if (tenant == null) {
                errors.add(new FieldError("tenants[" + i + "]", "names no tenant: " + slugs.get(i)));
            } else {
                targets.add(tenant);
            }
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        return List.copyOf(targets);
    }
}
