package dev.annex.host.plugin.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.annex.host.refusal.FieldError;
import dev.annex.plugin.api.settings.SettingDefinition;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsValidatorTest {

    private static final List<SettingDefinition> DECLARED = List.of(
            SettingDefinition.text("greeting", "Greeting", "hello"),
            SettingDefinition.number("maxItems", "Most items", 3, 1L, 10L),
            SettingDefinition.bool("loud", "Loud", false),
            SettingDefinition.choice("tone", "Tone", "calm", List.of("calm", "warm")),
            SettingDefinition.duration("expiry", "Expiry", "P14D"));

    private static List<FieldError> validate(String key, String value) {
        Map<String, String> submitted = new HashMap<>();
        submitted.put(key, value);
        return SettingsValidator.validate(DECLARED, submitted);
    }

    private static String problem(String key, String value) {
        List<FieldError> errors = validate(key, value);
        assertEquals(1, errors.size(), key + "=" + value + ": " + errors);
        assertEquals(key, errors.get(0).field());
        return errors.get(0).message();
    }

    @Test
    void valuesThatFitTheirDeclarationPass() {
        assertEquals(List.of(), SettingsValidator.validate(DECLARED, Map.of("greeting", "hi", "maxItems", " 10 ",
                "loud", "true", "tone", "warm", "expiry", "pt1h")));
    }

    @Test
    void anUndeclaredKeyIsRejected() {
        assertEquals("is not a setting of this plugin", problem("colour", "red"));
    }

    @Test
    void numbersMustBeWholeAndWithinTheirRange() {
        assertEquals("must be a whole number", problem("maxItems", "2.5"));
        assertEquals("must be at least 1", problem("maxItems", "0"));
        assertEquals("must be at most 10", problem("maxItems", "11"));
    }

    @Test
    void booleansChoicesAndDurationsAcceptOnlyTheirForms() {
        assertEquals("must be true or false", problem("loud", "yes"));
        assertEquals("must be one of [calm, warm]", problem("tone", "cold"));
        assertEquals("must be an ISO-8601 duration such as P30D or PT1H", problem("expiry", "14 days"));
        assertEquals("must be a positive duration", problem("expiry", "PT0S"));
    }

    @Test
    void overlongValuesAreRejectedWhateverTheirType() {
        assertEquals("must be at most 4000 characters", problem("greeting", "x".repeat(4001)));
    }

    @Test
    void clearingASettingWithADefaultIsAllowed() {
        assertEquals(List.of(), validate("greeting", null));
    }

    @Test
    void everyRejectedKeyIsNamedAtOnce() {
        assertEquals(2, SettingsValidator.validate(DECLARED, Map.of("maxItems", "x", "loud", "maybe")).size());
    }

    @Test
    void aDurationWithAMaximumTakesUpToItAndNoMore() {
        var lifetime = List.of(SettingDefinition.duration("linkLifetime", "Links expire after", "P30D", Duration.ofDays(90)));
        assertEquals(List.of(), SettingsValidator.validate(lifetime, Map.of("linkLifetime", "P90D")));
        assertEquals(List.of(), SettingsValidator.validate(lifetime, Map.of("linkLifetime", "PT5S")));
        for (String tooLong : List.of("P91D", "PT2160H1S")) {
            var errors = SettingsValidator.validate(lifetime, Map.of("linkLifetime", tooLong));
            assertEquals(1, errors.size(), tooLong);
            assertEquals("linkLifetime", errors.get(0).field());
            assertEquals("must be at most P90D", errors.get(0).message());
        }
    }

    @Test
    void aDurationWithoutAMaximumTakesAnyPositiveLength() {
        assertEquals(List.of(), SettingsValidator.validate(DECLARED, Map.of("expiry", "P9999D")));
    }
}
