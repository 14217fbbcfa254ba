package dev.annex.plugins.partnerlinks.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Terms a person accepts, and their version. The version is derived from the text itself, so a
 * tenant admin who edits the terms cannot forget to bump it, and the version recorded with an
 * acceptance always names exactly the words that were shown. Exported so dependants version their
 * own terms (case-sharing's sharing terms) the same way.
 *
 * @since 1.0.0 (partner-links)
 */
public record Terms(String text, String version) {

    public static Terms of(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return new Terms(text, "v-" + HexFormat.of().formatHex(digest).substring(0, 12));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
