package dev.annex.host.event.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Test
    void signsTimestampDotBodyWithHmacSha256() {
        // Reference value: printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac 'whsec_test'
        assertEquals("v1=38877139021993b830af32feea6e18a8da83eb2f6e49ee50bd9e4cf4ca4d3789",
                WebhookSignature.sign("whsec_test", 1700000000L, "{\"a\":1}"));
        String signature = WebhookSignature.sign("whsec_test", 1700000000L, "{\"a\":1}");
        assertTrue(signature.matches("v1=[0-9a-f]{64}"), signature);
        assertTrue(WebhookSignature.verify("whsec_test", 1700000000L, "{\"a\":1}", signature));
        assertFalse(WebhookSignature.verify("whsec_test", 1700000001L, "{\"a\":1}", signature), "the timestamp is signed");
        assertFalse(WebhookSignature.verify("whsec_test", 1700000000L, "{\"a\":2}", signature));
        assertFalse(WebhookSignature.verify("whsec_other", 1700000000L, "{\"a\":1}", signature));
        assertFalse(WebhookSignature.verify("whsec_test", 1700000000L, "{\"a\":1}", null));
    }

    @Test
    void secretsAreRandomAndSayWhatTheyAre() {
        String a = WebhookSignature.newSecret();
        assertTrue(a.startsWith("whsec_") && a.length() == 6 + 43, a);
        assertNotEquals(a, WebhookSignature.newSecret());
    }
}
