package dev.annex.plugin.api.ui;

/**
 * How an organisation's people see the help desk.
 *
 * @param displayName  shown in the top bar instead of "Annex"
 * @param accentColour {@code #rrggbb}: buttons, links and the current navigation entry
 * @param logo         shown beside the display name, or null
 * @since 1.3.0
 */
public record Brand(String displayName, String accentColour, Logo logo) {

    /**
     * An image: its media type as the plugin believes it, which the host checks against the bytes.
     *
     * @param mediaType {@code image/png}, {@code image/jpeg} or {@code image/webp}
     */
    public record Logo(String mediaType, byte[] bytes) {
    }
}
