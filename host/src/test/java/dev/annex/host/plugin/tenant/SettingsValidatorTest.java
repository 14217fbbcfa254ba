package dev.annex.host.plugin.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.annex.plugin.api.settings.SettingDefinition;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsValidatorTest {

    private static final List<SettingDefinition> LIFETIME =
            List.of(SettingDefinition.duration("linkLifetime", "Links expire after", "P30D", Duration.ofDays(90)));

    private static String problem(String value) {
        var errors = SettingsValidator.validate(LIFETIME, Map.of("linkLifetime", value));
        return errors.isEmpty() ? null : errors.get(0).field() + " " + errors.get(0).message();
    }

    @Test
    void aDurationWithAMaximumTakesUpToItAndNoMore() {
        assertEquals(null, problem("P90D"));
        assertEquals(null, problem("PT5S"));
        assertEquals("linkLifetime must be at most P90D", problem("P91D"));
        assertEquals("linkLifetime must be at most P90D", problem("PT2160H1S"));
        assertEquals("linkLifetime must be a positive duration", problem("PT0S"));
    }

    @Test
    void aDurationWithoutAMaximumTakesAnyPositiveLength() {
        var open = List.of(SettingDefinition.duration("period", "Period", "P1D"));
        assertEquals(List.of(), SettingsValidator.validate(open, Map.of("period", "P9999D")));
    }
}
