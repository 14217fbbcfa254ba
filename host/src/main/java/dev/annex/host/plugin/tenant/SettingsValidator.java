package dev.annex.host.plugin.tenant;

import dev.annex.host.refusal.FieldError;
import dev.annex.plugin.api.settings.SettingDefinition;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Checks submitted setting values against a plugin's declared settings. */
final class SettingsValidator {

    private SettingsValidator() {
    }

    /**
     * @param submitted key → value as text; a null value clears the setting back to its default
     * @return the problems, one per rejected key; empty when every value fits
     */
    static List<FieldError> validate(List<SettingDefinition> definitions, Map<String, String> submitted) {
        List<FieldError> errors = new ArrayList<>();
        for (var entry : submitted.entrySet()) {
            SettingDefinition definition = definitions.stream().filter(d -> d.key().equals(entry.getKey()))
                    .findFirst().orElse(null);
            if (definition == null) {
                errors.add(new FieldError(entry.getKey(), "is not a setting of this plugin"));
                continue;
            }
            String problem = entry.getValue() == null ? clearProblem(definition) : problem(definition, entry.getValue());
            if (problem != null) {
                errors.add(new FieldError(entry.getKey(), problem));
            }
        }
        return errors;
    }

    private static String clearProblem(SettingDefinition definition) {
        return definition.required() && definition.defaultValue() == null ? "is required" : null;
    }

    private static String problem(SettingDefinition definition, String value) {
        if (value.length() > 4000) {
            return "must be at most 4000 characters";
        }
        return switch (definition.type()) {
            case TEXT, SECRET -> definition.required() && value.isBlank() ? "must not be blank" : null;
            case BOOLEAN -> value.equals("true") || value.equals("false") ? null : "must be true or false";
            case CHOICE -> definition.choices().contains(value) ? null : "must be one of " + definition.choices();
            case NUMBER -> numberProblem(definition, value);
            case DURATION -> durationProblem(value);
        };
    }

    private static String numberProblem(SettingDefinition definition, String value) {
        long number;
        try {
            number = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return "must be a whole number";
        }
        if (definition.min() != null && number < definition.min()) {
            return "must be at least " + definition.min();
        }
        if (definition.max() != null && number > definition.max()) {
            return "must be at most " + definition.max();
        }
        return null;
    }

    private static String durationProblem(String value) {
        try {
            Duration duration = Duration.parse(value.trim().toUpperCase(Locale.ROOT));
            return duration.isNegative() || duration.isZero() ? "must be a positive duration" : null;
        } catch (DateTimeParseException e) {
            return "must be an ISO-8601 duration such as P30D or PT1H";
        }
    }
}
