package dev.annex.host.mail;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MailMessageTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "carol@acme.example",
            "first.last+tag@sub.acme.example",
            "Carol Contact <carol@acme.example>",
            "\"Contact, Carol\" <carol@acme.example>",
    })
    void aSingleAddressWithOrWithoutADisplayNameIsAccepted(String to) {
        assertDoesNotThrow(() -> new MailMessage(to, "Hello", "Text"));
    }

    @Test
    void theRecipientIsStoredWithoutSurroundingBlanks() {
        assertEquals("carol@acme.example", new MailMessage("  carol@acme.example\n", "Hello", "Text").to());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "carol",                                   // no domain
            "carol@",                                  // empty domain
            "@acme.example",                           // no local part
            "carol@acme..example",                     // empty domain label
            "carol smith@acme.example",                // unquoted space
            "carol@acme.example, dave@acme.example",   // two recipients
            "carol@acme.example\r\nBcc: all@acme.example",
            "Carol <carol@acme.example",               // unclosed
            "undisclosed-recipients:;",                // a group
    })
    void anythingButOneValidAddressIsRefusedWithAClearMessage(String to) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new MailMessage(to, "Hello", "Text"));
        assertTrue(refused.getMessage().startsWith("Mail recipient"), refused.getMessage());
    }

    @Test
    void aMissingRecipientIsRefused() {
        assertEquals("Mail recipient is required",
                assertThrows(IllegalArgumentException.class, () -> new MailMessage(null, "Hello", "Text")).getMessage());
        assertEquals("Mail recipient is required",
                assertThrows(IllegalArgumentException.class, () -> new MailMessage(" ", "Hello", "Text")).getMessage());
    }

    @Test
    void anOverlongAddressIsRefused() {
        String local = "a".repeat(64);
        String domain = ("d".repeat(60) + ".").repeat(4) + "example";
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> new MailMessage(local + "@" + domain, "Hello", "Text"));
        assertTrue(refused.getMessage().contains("254"), refused.getMessage());
    }

    @Test
    void theSubjectIsRequiredOneLineAndAtMost500Characters() {
        assertThrows(IllegalArgumentException.class, () -> new MailMessage("c@acme.example", " ", "Text"));
        assertThrows(IllegalArgumentException.class, () -> new MailMessage("c@acme.example", null, "Text"));
        assertThrows(IllegalArgumentException.class,
                () -> new MailMessage("c@acme.example", "Hello\r\nBcc: all@acme.example", "Text"));
        assertDoesNotThrow(() -> new MailMessage("c@acme.example", "s".repeat(500), "Text"));
        assertThrows(IllegalArgumentException.class, () -> new MailMessage("c@acme.example", "s".repeat(501), "Text"));
    }

    @Test
    void theBodyMayBeEmptyButNotMissingNorLongerThan20000Characters() {
        assertDoesNotThrow(() -> new MailMessage("c@acme.example", "Hello", ""));
        assertDoesNotThrow(() -> new MailMessage("c@acme.example", "Hello", "b".repeat(20_000)));
        assertThrows(IllegalArgumentException.class, () -> new MailMessage("c@acme.example", "Hello", null));
        assertThrows(IllegalArgumentException.class,
                () -> new MailMessage("c@acme.example", "Hello", "b".repeat(20_001)));
        assertThrows(IllegalArgumentException.class, () -> new MailMessage("c@acme.example", "Hello", "a\0b"));
    }

    @Test
    void aSenderNameIsOneLineOfAtMostAHundredCharactersAndBlankMeansNone() {
        assertEquals("Acme Support", new MailMessage("c@acme.example", "S", "T", "  Acme Support ").senderName());
        assertEquals(null, new MailMessage("c@acme.example", "S", "T", " ").senderName());
        assertThrows(IllegalArgumentException.class, () -> new MailMessage("c@acme.example", "S", "T", "Acme\nBcc: x@y.z"));
        assertThrows(IllegalArgumentException.class, () -> new MailMessage("c@acme.example", "S", "T", "n".repeat(101)));
    }
}
