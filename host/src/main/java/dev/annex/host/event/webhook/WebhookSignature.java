package dev.annex.host.event.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a delivery is signed: HMAC-SHA256, keyed with the subscription's secret (its UTF-8 bytes),
 * over {@code timestamp + "." + body}, sent as {@value #SIGNATURE_HEADER}: {@code v1=<hex>} next to
 * {@value #TIMESTAMP_HEADER} (Unix seconds). Signing the timestamp with the body lets a receiver
 * refuse a replayed delivery by its age without trusting an unsigned header.
 */
public final class WebhookSignature {

    public static final String ID_HEADER = "Annex-Webhook-Id";
    public static final String TIMESTAMP_HEADER = "Annex-Webhook-Timestamp";
    public static final String SIGNATURE_HEADER = "Annex-Webhook-Signature";
    public static final String EVENT_HEADER = "Annex-Webhook-Event";
    static final String SECRET_PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {
    }

    /** A new secret: 32 random bytes, URL-safe Base64, with a prefix that says what it is. */
    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The value of {@value #SIGNATURE_HEADER}. */
    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** What a receiver does: recompute and compare in constant time. */
    public static boolean verify(String secret, long timestamp, String body, String signature) {
        return signature != null && MessageDigest.isEqual(sign(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }
}
