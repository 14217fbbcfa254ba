package dev.annex.host.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(1000);

    @Test
    void aHashMatchesItsPasswordAndNoOther() {
        String stored = hasher.hash("correct horse");
        assertTrue(hasher.matches("correct horse", stored));
        assertFalse(hasher.matches("correct horsE", stored));
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTimeAndNeverAppearsInTheHash() {
        String first = hasher.hash("s3cret-password");
        assertNotEquals(first, hasher.hash("s3cret-password"));
        assertFalse(first.contains("s3cret-password"));
    }

    @Test
    void aHashMadeWithOtherIterationsStillMatchesAfterTheSettingChanges() {
        String stored = new PasswordHasher(2000).hash("pw-12345");
        assertTrue(hasher.matches("pw-12345", stored));
    }

    @Test
    void aMalformedStoredHashMatchesNothing() {
        assertFalse(hasher.matches("x", "plain-text-password"));
    }

    @Test
    void tooFewIterationsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(10));
    }
}
