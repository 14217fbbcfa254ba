package dev.annex.host.plugin.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.host.plugin.runtime.PluginCatalog;
import dev.annex.host.plugin.runtime.PluginEntry;
import dev.annex.host.plugin.runtime.PluginInfo;
import dev.annex.host.plugin.runtime.PluginState;
import dev.annex.host.refusal.Refusal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TenantDependenciesTest {

    /** partner-links ← case-sharing ← reports (reports needs case-sharing); lonely needs nothing. */
    private static final PluginCatalog CATALOG = catalog(Map.of(
            "partner-links", List.of(), "case-sharing", List.of("partner-links"),
            "reports", List.of("case-sharing"), "lonely", List.of()));

    private static PluginCatalog catalog(Map<String, List<String>> plugins) {
        Map<String, PluginEntry> entries = new HashMap<>();
        plugins.forEach((id, dependencies) -> entries.put(id, new PluginEntry(new PluginInfo(id, "1.0.0", "", "", "1.2.0",
                PluginState.STARTED, null), null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), dependencies, List.of())));
        return new PluginCatalog(entries);
    }

    @Test
    void aPluginWhoseDependenciesAreOnGoesOnAlone() {
        assertEquals(List.of("case-sharing"), TenantDependencies.toEnable(CATALOG, Set.of("partner-links"), "case-sharing", false));
    }

    @Test
    void enablingWithADependencyOffIsRefusedNamingItUnlessBothAreAskedFor() {
        Refusal refused = assertThrows(Refusal.class,
                () -> TenantDependencies.toEnable(CATALOG, Set.of(), "case-sharing", false));
        assertTrue(refused.getMessage().contains("case-sharing needs partner-links"), refused.getMessage());
        assertEquals(List.of("partner-links", "case-sharing"),
                TenantDependencies.toEnable(CATALOG, Set.of(), "case-sharing", true));
        assertEquals(List.of("partner-links", "case-sharing", "reports"),
                TenantDependencies.toEnable(CATALOG, Set.of(), "reports", true), "dependencies first, transitively");
    }

    @Test
    void disablingADependencyOfAnEnabledPluginIsRefusedNamingItUnlessBothAreAskedFor() {
        Set<String> on = Set.of("partner-links", "case-sharing", "reports", "lonely");
        Refusal refused = assertThrows(Refusal.class, () -> TenantDependencies.toDisable(CATALOG, on, "partner-links", false));
        assertTrue(refused.getMessage().contains("reports, case-sharing depend on partner-links"), refused.getMessage());
        assertEquals(List.of("reports", "case-sharing", "partner-links"),
                TenantDependencies.toDisable(CATALOG, on, "partner-links", true), "dependants first");
        assertEquals(List.of("lonely"), TenantDependencies.toDisable(CATALOG, on, "lonely", false));
        assertEquals(List.of("partner-links"), TenantDependencies.toDisable(CATALOG, Set.of("partner-links"), "partner-links",
                false), "a dependant that is off is no obstacle");
    }
}
