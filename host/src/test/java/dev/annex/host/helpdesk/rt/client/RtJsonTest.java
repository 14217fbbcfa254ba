package dev.annex.host.helpdesk.rt.client;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** RT's answers as they arrive (copied from RT 5.0.3's responses). */
class RtJsonTest {

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    @Test
    void idsAndNumbersAreReadAsStringsOrNumbers() {
        assertEquals(45, RtJson.number(json("{\"id\":\"45\"}"), "id"));
        assertEquals(45, RtJson.number(json("{\"id\":45}"), "id"));
        assertEquals(0, RtJson.number(json("{\"pages\":0.0}"), "pages"));
        assertEquals(0, RtJson.number(json("{\"Priority\":\"\"}"), "Priority"));
        assertEquals(0, RtJson.number(json("{}"), "pages"));
    }

    @Test
    void rtsUnsetDateIsNull() {
        assertNull(RtJson.instant(json("{\"Resolved\":\"1970-01-01T00:00:00Z\"}"), "Resolved"));
        assertEquals(Instant.parse("2026-12-01T19:36:42Z"),
                RtJson.instant(json("{\"Created\":\"2026-12-01T19:36:42Z\"}"), "Created"));
    }

    @Test
    void aTicketFromASearchWithExpandedFields() {
        RtTicket ticket = RtTicket.of(json("""
                {"Cc":[],"Priority":"0","Subject":"Printer on fire","id":"1","Status":"waiting-for-customer",
                 "LastUpdated":"2026-12-01T19:36:57Z","Created":"2026-12-01T19:36:42Z",
                 "Requestor":[{"EmailAddress":"Carol@Acme.example","id":"carol@acme.example","RealName":"Carol",
                               "Name":"carol@acme.example","type":"user","Organization":"Acme Corporation"}],
                 "Queue":{"Lifecycle":"annex-custom","type":"queue","id":"3","Name":"annex-q1"}}"""));
        assertEquals(1, ticket.id());
        assertEquals(3, ticket.queueId());
        assertEquals("annex-q1", ticket.queueName());
        assertEquals("annex-custom", ticket.lifecycle());
        assertEquals("waiting-for-customer", ticket.status());
        assertEquals(new RtUserRef("carol@acme.example", "carol@acme.example", "Carol", "Acme Corporation"),
                ticket.requestors().get(0));
    }
}
