package dev.annex.host.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Random bearer secrets and their stored form. A secret has 256 bits of entropy, so a plain
 * SHA-256 is enough to store it: there is nothing to brute-force as there is with a password.
 */
public final class SecretTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretTokens() {
    }

    public static String newSecret(String prefix) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * The CSRF token of a session: derived from the session's secret, so it is bound to that
     * session. A cookie planted by another site (or subdomain) carries no session secret the
     * attacker knows, so no token they could plant matches; the token reveals nothing of the
     * secret (a one-way hash, and not the stored form of the secret, which is {@link #hash}).
     */
    public static String csrfFor(String sessionSecret) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    digest.digest(("annex-csrf:" + sessionSecret).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    public static String hash(String secret) {
        return Sha256.hex(secret);
    }
}
