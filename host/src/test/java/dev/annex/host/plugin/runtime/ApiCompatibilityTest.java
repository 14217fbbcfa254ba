package dev.annex.host.plugin.runtime;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.api.PluginApi;
import org.junit.jupiter.api.Test;

/** Which plugins the host runs, by the API they say they were built for (Plugin-Requires). */
class ApiCompatibilityTest {

    @Test
    void everyEarlierOrEqualVersionOfThisMajorIsServed() {
        assertNull(PluginRuntime.apiRefusal("1.0.0"));
        assertNull(PluginRuntime.apiRefusal(PluginApi.VERSION));
        assertNull(PluginRuntime.apiRefusal(">=1.0.0 & <2.0.0"));
    }

    @Test
    void aLaterMinorVersionThanTheHostsIsRefused() {
        assertTrue(PluginRuntime.apiRefusal("1.99.0").contains("this host serves " + PluginApi.VERSION));
    }

    @Test
    void anotherMajorVersionIsRefusedSayingWhy() {
        String refusal = PluginRuntime.apiRefusal("2.0.0");
        assertTrue(refusal.contains("requires plugin API 2.0.0"), refusal);
        assertTrue(PluginRuntime.apiRefusal("0.9.0").contains("requires plugin API 0.9.0"));
    }

    @Test
    void aPluginThatDoesNotSayWhatItNeedsIsRefused() {
        assertTrue(PluginRuntime.apiRefusal(null).contains("Plugin-Requires"));
        assertTrue(PluginRuntime.apiRefusal(" ").contains("Plugin-Requires"));
        assertTrue(PluginRuntime.apiRefusal("*").contains("Plugin-Requires"));
    }
}
