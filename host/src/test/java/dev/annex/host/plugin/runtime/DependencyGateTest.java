package dev.annex.host.plugin.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pf4j.DefaultPluginDescriptor;
import org.pf4j.PluginDependency;
import org.pf4j.PluginDescriptor;

class DependencyGateTest {

    private static PluginDescriptor needing(String... dependencies) {
        DefaultPluginDescriptor descriptor = new DefaultPluginDescriptor("case-sharing", "", "X", "1.0.0", "1.2.0", "", "");
        for (String dependency : dependencies) {
            descriptor.addDependency(new PluginDependency(dependency));
        }
        return descriptor;
    }

    @Test
    void aPluginWhoseDependenciesAreInstalledInRangeMayLoad() {
        assertEquals(Optional.empty(), DependencyGate.refusal(needing("partner-links@>=1.0.0 & <2.0.0"),
                Map.of("partner-links", "1.4.2")));
        assertEquals(Optional.empty(), DependencyGate.refusal(needing("partner-links"), Map.of("partner-links", "7.0.0")));
        assertEquals(Optional.empty(), DependencyGate.refusal(needing(), Map.of()));
    }

    @Test
    void aMissingDependencyIsNamedWithItsRange() {
        assertEquals(Optional.of("needs partner-links >=1.0.0 & <2.0.0, which is not installed"),
                DependencyGate.refusal(needing("partner-links@>=1.0.0 & <2.0.0"), Map.of()));
    }

    @Test
    void aVersionOutsideTheRangeIsNamedWithTheInstalledOne() {
        assertEquals(Optional.of("needs partner-links >=1.0.0 & <2.0.0, but partner-links 2.0.0 is installed"),
                DependencyGate.refusal(needing("partner-links@>=1.0.0 & <2.0.0"), Map.of("partner-links", "2.0.0")));
    }

    @Test
    void anOptionalDependencyNeverHoldsAPluginBack() {
        assertEquals(Optional.empty(), DependencyGate.refusal(needing("extras?@>=1.0.0"), Map.of()));
    }

    @Test
    void everyUnmetDependencyIsNamed() {
        assertEquals(Optional.of("needs a, which is not installed; needs b >=2.0.0, but b 1.0.0 is installed"),
                DependencyGate.refusal(needing("a", "b@>=2.0.0"), Map.of("b", "1.0.0")));
    }
}
