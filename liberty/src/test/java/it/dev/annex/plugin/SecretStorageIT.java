package it.dev.annex.plugin;

import static dev.annex.plugins.partnerlinks.Partners.LINKS;
import static dev.annex.plugins.partnerlinks.Partners.secretOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.testkit.server.Api;
import dev.annex.plugins.partnerlinks.Partners;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No table of the host or of any plugin holds a secret in plain text: partner-links' invitation
 * secrets in each outcome, a share of case-sharing on top, then the echo test plugin scans every
 * cell of every table for them (partner-links' fixture, from its module's test jar).
 */
class SecretStorageIT {

    @Test
    void noTableOfAnyPluginOrTheHostHoldsAPlainSecret() {
        Partners p = new Partners("secrets");
        p.tenant.enable("case-sharing");
        p.tenant.enable("echo");
        Api ada = p.as("ada");
        Api nora = p.as("nora");
        List<String> secrets = new ArrayList<>();
        for (String outcome : List.of("unused", "accepted", "declined", "revoked")) {
            JsonObject created = p.newLink("Link " + outcome);
            secrets.add(secretOf(created));
            switch (outcome) {
                case "accepted" -> p.accept(ada, secretOf(created), "READ").expect(201);
                case "declined" -> ada.post(p.path(LINKS + "/invitation/decline"),
                        "{\"secret\":\"" + secretOf(created) + "\"}").expect(200);
                case "revoked" -> nora.delete(p.path(LINKS + "/requests/" + created.getJsonObject("request").getJsonNumber("id"))).expect(200);
                default -> { }
            }
        }
        long ticket = p.tenant.ticket(p.as("carl"), "Printer on fire");
        String share = p.path("/plugins/case-sharing/tickets/" + ticket + "/share");
        String terms = ada.get(share).expect(200).json().getString("termsVersion");
        ada.put(share, Json.createObjectBuilder().add("partnerId", p.partner).add("termsVersion", terms).build())
                .expect(200);

        var needles = Json.createArrayBuilder();
        secrets.forEach(needles::add);
        JsonObject scan = p.tenant.admin().post(p.path("/plugins/echo/tables"),
                Json.createObjectBuilder().add("needles", needles).build()).expect(200).json();
        List<String> tables = scan.getJsonArray("tables").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
        assertTrue(tables.containsAll(Arrays.asList("PARTNER_LINKS_REQUEST", "PARTNER_LINKS_PARTNERSHIP",
                "CASE_SHARING_SHARE", "SECRET_LINK", "AUDIT_ENTRY", "MAIL_OUTBOX")), tables::toString);
        assertEquals("[]", scan.getJsonArray("found").toString(), "cells holding a plain secret");
        assertTrue(scan.getJsonNumber("rows").longValue() > 20, scan::toString);
    }
}
