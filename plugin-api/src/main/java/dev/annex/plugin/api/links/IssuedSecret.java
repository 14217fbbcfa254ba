package dev.annex.plugin.api.links;

/**
 * A link just made, with its secret: show the secret once and do not store it.
 *
 * @param secret URL-safe text (43 characters of {@code A-Z a-z 0-9 - _})
 * @since 1.2.0
 */
public record IssuedSecret(SecretLink link, String secret) {

    @Override
    public String toString() {
        return "IssuedSecret[link=" + link + ", secret=(hidden)]";
    }
}
