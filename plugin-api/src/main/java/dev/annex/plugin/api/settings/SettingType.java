package dev.annex.plugin.api.settings;

/**
 * @since 1.0.0
 */
public enum SettingType {
    TEXT,
    /** A whole number, optionally within {@link SettingDefinition#min()} and {@link SettingDefinition#max()}. */
    NUMBER,
    BOOLEAN,
    /** One of {@link SettingDefinition#choices()}. */
    CHOICE,
    /** An ISO-8601 duration such as {@code P30D} or {@code PT1H}. */
    DURATION,
    /** Text that can be written but is never returned by the API. */
    SECRET
}
