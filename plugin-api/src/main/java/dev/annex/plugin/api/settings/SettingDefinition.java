package dev.annex.plugin.api.settings;

import java.util.List;

/**
 * A setting a plugin declares. The host validates values against it (422 naming the key when a
 * value does not fit) and generates the settings form from it.
 *
 * @param key          the setting's name, e.g. {@code linkLifetime}
 * @param defaultValue the value until a tenant sets one, as text; null for none
 * @param required     whether a value must be set (a default counts)
 * @param choices      the allowed values of a {@link SettingType#CHOICE}; empty otherwise
 * @param min          smallest allowed {@link SettingType#NUMBER}, or null; for a {@link SettingType#DURATION}
 *                     the shortest allowed, in seconds (since 1.2.0)
 * @param max          largest allowed {@link SettingType#NUMBER}, or null; for a {@link SettingType#DURATION}
 *                     the longest allowed, in seconds (since 1.2.0)
 * @since 1.0.0
 */
public record SettingDefinition(String key, SettingType type, String label, String defaultValue, boolean required,
                                List<String> choices, Long min, Long max) {

    public SettingDefinition {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }

    public static SettingDefinition text(String key, String label, String defaultValue) {
        return new SettingDefinition(key, SettingType.TEXT, label, defaultValue, false, List.of(), null, null);
    }

    public static SettingDefinition number(String key, String label, long defaultValue, Long min, Long max) {
        return new SettingDefinition(key, SettingType.NUMBER, label, Long.toString(defaultValue), true, List.of(),
                min, max);
    }

    public static SettingDefinition bool(String key, String label, boolean defaultValue) {
        return new SettingDefinition(key, SettingType.BOOLEAN, label, Boolean.toString(defaultValue), true, List.of(),
                null, null);
    }

    public static SettingDefinition choice(String key, String label, String defaultValue, List<String> choices) {
        return new SettingDefinition(key, SettingType.CHOICE, label, defaultValue, true, choices, null, null);
    }

    public static SettingDefinition duration(String key, String label, String defaultValue) {
        return new SettingDefinition(key, SettingType.DURATION, label, defaultValue, true, List.of(), null, null);
    }

    /**
     * A duration the host accepts only up to {@code max} (422 naming the key beyond it).
     *
     * <pre>{@code
     * SettingDefinition.duration("linkLifetime", "Links expire after", "P30D", Duration.ofDays(90))
     * }</pre>
     *
     * @since 1.2.0
     */
    public static SettingDefinition duration(String key, String label, String defaultValue, java.time.Duration max) {
        return new SettingDefinition(key, SettingType.DURATION, label, defaultValue, true, List.of(), null,
                max.toSeconds());
    }

    public static SettingDefinition secret(String key, String label) {
        return new SettingDefinition(key, SettingType.SECRET, label, null, false, List.of(), null, null);
    }
}
