package dev.annex.host.lifecycle;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.host.demo.DemoSeeder;
import dev.annex.host.plugin.runtime.PluginInfo;
import dev.annex.host.plugin.runtime.PluginState;
import java.util.List;
import org.junit.jupiter.api.Test;

class StartupBannerTest {

    private static final List<PluginInfo> PLUGINS = List.of(
            new PluginInfo("ticket-following", "1.0.0", "Annex", "", "1.1.0", PluginState.STARTED, null),
            new PluginInfo("broken", "0.1.0", "Someone", "", "1.0.0", PluginState.FAILED, "start() threw"));

    @Test
    void withDemoSeedingTellsTheHelpDeskUrlAndEveryDemoLogin() {
        String text = StartupBanner.text(new StartupBanner.Facts("http://localhost:9080", "operator@annex.local", true,
                "Apache Derby jdbc:derby:/srv/annex/data", PLUGINS, DemoSeeder.LOGINS));

        assertTrue(text.startsWith("Annex is ready at http://localhost:9080/"), text);
        assertTrue(text.contains("http://localhost:9080/t/demo/"), text);
        assertTrue(text.contains("http://localhost:9080/operator/  (operator@annex.local / demo)"), text);
        assertTrue(text.contains("Apache Derby jdbc:derby:/srv/annex/data"), text);
        assertTrue(text.contains("ticket-following 1.0.0 STARTED, broken 0.1.0 FAILED"), text);
        DemoSeeder.LOGINS.forEach(login -> assertTrue(text.contains(login.email()), login.email()));
    }

    @Test
    void withoutDemoSeedingNamesNoDemoLoginAndNoPassword() {
        String text = StartupBanner.text(new StartupBanner.Facts("https://desk.example.com/", "ops@example.com", false,
                "PostgreSQL jdbc:postgresql://db:5432/annex, schema annex", List.of(), List.of()));

        assertTrue(text.contains("https://desk.example.com/operator/  (ops@example.com)"), text);
        assertTrue(text.contains("plugins:          none"), text);
        assertTrue(text.contains("demo seeding is off"), text);
        assertFalse(text.contains("/t/demo/"), text);
        assertFalse(text.contains("demo)"), text);
    }
}
