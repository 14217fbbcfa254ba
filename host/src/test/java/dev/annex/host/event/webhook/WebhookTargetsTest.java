package dev.annex.host.event.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.annex.host.refusal.Refusal;
import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class WebhookTargetsTest {

    private final WebhookTargets strict = new WebhookTargets(false);
    private final WebhookTargets loopbackAllowed = new WebhookTargets(true);

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/hook", "http://localhost:8080/hook", "http://10.1.2.3/", "http://192.168.0.1/",
            "http://172.16.5.4/", "http://169.254.169.254/latest/meta-data", "http://[::1]/", "http://0.0.0.0/",
            "http://[fd00::1]/", "http://100.64.0.1/", "http://[::ffff:127.0.0.1]/", "http://api.localhost/"})
    void internalAddressesAreRefusedUnlessTheOperatorAllowsThem(String url) {
        Refusal refusal = assertThrows(Refusal.class, () -> strict.validate(url));
        assertEquals("url", refusal.errors().get(0).field());
        assertNotNull(loopbackAllowed.validate(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com/", "file:///etc/passwd", "javascript:alert(1)", "http:///x",
            "https://user:secret@example.com/", "https://example.com/#frag", "not a url", "", "mailto:a@example.com"})
    void onlyPlainHttpAndHttpsUrlsAreTaken(String url) {
        assertThrows(Refusal.class, () -> loopbackAllowed.validate(url));
    }

    @Test
    void aPublicNameIsTakenAndCheckedAgainWhenCalled() {
        assertEquals(URI.create("https://hooks.example.com/annex?x=1"), strict.validate("https://hooks.example.com/annex?x=1"));
        // Resolved at delivery time: a name that points inside is refused then.
        assertNotNull(strict.refusedNow(URI.create("http://localhost/")));
        assertNull(loopbackAllowed.refusedNow(URI.create("http://localhost/")));
    }
}
