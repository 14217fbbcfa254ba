package dev.annex.host.security;

import dev.annex.host.cluster.ChangeDroppedCache;
import dev.annex.host.cluster.ClusterChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The passwords this node verified with the full PBKDF2 in the last minute, so an API client that
 * sends HTTP Basic on every request pays the hash once a minute rather than per request.
 *
 * <p>Neither the password nor a fast hash of it is kept: the key of an entry is an HMAC-SHA256 of
 * (area, email, password) under a random key made when this node started and never stored, so the
 * cache in a heap dump is useless without the key, and guessing against it is no cheaper than
 * guessing against the server. The value is only who signed in. A password change ({@link #TOPIC})
 * drops the person's entries, so the old password is refused on the very next request.
 */
@ApplicationScoped
public class VerifiedPasswords {

    /** The {@link ClusterChange} topic of a changed password; the key is {@link AccessTokens#ownerKey}. */
    public static final String TOPIC = "credentials";

    private final SecretKeySpec key;
    private final ChangeDroppedCache<String, String> verified = new ChangeDroppedCache<>(Duration.ofMinutes(1), 100_000);

    public VerifiedPasswords() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** The owner key ({@code person:<id>} or {@code operator:<id>}) these credentials were verified for. */
    public Optional<String> owner(String area, String email, String password) {
        return Optional.ofNullable(verified.get(mac(area, email, password), unknown -> null));
    }

    /** To pass to {@link #verified}: taken before the full check begins. */
    public long mark() {
        return verified.mark();
    }

    /** Remembers credentials that passed the full check begun at {@code mark}, unless a change came meanwhile. */
    public void verified(String area, String email, String password, String owner, long mark) {
        verified.keep(mac(area, email, password), owner, mark);
    }

    void drop(@Observes(during = TransactionPhase.AFTER_COMPLETION) ClusterChange change) {
        verified.drop((mac, owner) -> change.covers(TOPIC, owner) || change.covers(AccessTokens.TOPIC, owner));
    }

    private String mac(String area, String email, String password) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            // Length-prefixed parts: ("a", "bc") and ("ab", "c") must not collide.
            for (String part : new String[] {area, email, password}) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                hmac.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
                hmac.update(bytes);
            }
            return HexFormat.of().formatHex(hmac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
