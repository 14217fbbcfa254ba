package dev.annex.testplugins.echo;

import dev.annex.plugin.api.Tenant;
import dev.annex.plugin.api.lifecycle.TenantLifecycleListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pf4j.Extension;

/** Records lifecycle calls per tenant so the tests can read them back. */
@Extension
public class EchoLifecycle implements TenantLifecycleListener {

    private static final Map<String, List<String>> CALLS = new ConcurrentHashMap<>();

    static List<String> calls(String tenant) {
        return List.copyOf(CALLS.getOrDefault(tenant, List.of()));
    }

    @Override
    public void onEnabled(Tenant tenant) {
        record(tenant, "enabled");
    }

    @Override
    public void onDisabled(Tenant tenant) {
        record(tenant, "disabled");
    }

    @Override
    public void onSettingsChanged(Tenant tenant) {
        record(tenant, "settings");
    }

    private static void record(Tenant tenant, String call) {
        CALLS.computeIfAbsent(tenant.slug(), t -> java.util.Collections.synchronizedList(new ArrayList<>())).add(call);
    }
}
