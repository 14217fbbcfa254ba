package dev.annex.plugins.reseller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * reseller-hierarchy's Operators page (seed 002): the organisation admin is the first portal
 * Admin; others are pending from their first visit until an Admin activates them as Viewer or
 * Admin; Viewers see and never change; the last Admin can be neither demoted nor removed; another
 * organisation's and another tenant's people are 404.
 */
class ResellerOperatorsIT {

    static List<String> people(JsonObject lists, String tab) {
        return lists.getJsonArray(tab).getValuesAs(JsonObject.class).stream()
                .map(o -> o.getString("displayName") + " " + o.getString("role")).toList();
    }

    @Test
    void adminsActivateRemoveAndChangeOperatorsAndTheLastAdminStays() {
        Resellers r = new Resellers("reseller-ops");
        long pia = r.tenant.person(r.email("pia"), "CONTACT", r.northwind);
        String operators = r.path("/operators");

        r.as("pia").get(r.path("/customers")).expectProblem(403);
        JsonObject me = r.as("pia").get(r.path("/me")).expect(200).json();
        assertEquals("PENDING", me.getString("role"));
        assertEquals(0, me.getJsonArray("pages").size());
        r.as("pia").get(r.path("/customers")).expectProblem(403);

        JsonObject lists = r.as("pat").get(operators).expect(200).json();
        assertEquals(List.of("pat ADMIN", "paco VIEWER"), people(lists, "operators"));
        assertEquals(List.of("pia PENDING"), people(lists, "pending"));
        r.as("paco").get(operators).expectProblem(403);
        r.as("paco").put(operators + "/" + pia, "{\"role\":\"VIEWER\"}").expectProblem(403);
        r.as("paco").post(r.path("/customers"), "{\"name\":\"Viewer's\",\"email\":\"v@v.example\"}").expectProblem(403);
        r.tenant.admin().get(operators).expectProblem(403);

        r.as("pat").put(operators + "/" + pia, "{\"role\":\"OWNER\"}").expectProblem(422, "role");
        r.as("pat").put(operators + "/" + pia, "{}").expectProblem(422, "role");
        r.as("quinn").put(operators + "/" + pia, "{\"role\":\"ADMIN\"}").expectProblem(404);
        Resellers other = new Resellers("reseller-ops-other");
        other.as("pat").put(other.path("/operators/" + pia), "{\"role\":\"ADMIN\"}").expectProblem(404);

        r.as("pat").put(operators + "/" + pia, "{\"role\":\"ADMIN\"}").expect(200);
        r.as("pia").post(r.path("/customers"), "{\"name\":\"Pia's Customer\",\"email\":\"it@pia.example\"}").expect(201);
        String pages = r.as("pia").get(r.path("/me")).json().getJsonArray("pages").toString();
        assertTrue(pages.contains("rh-customers") && pages.contains("rh-operators"), pages);

        r.as("pia").put(operators + "/" + r.tenant.admin().get(r.tenant.path("/me")).json().getJsonObject("person")
                .getJsonNumber("id").longValue(), "{\"role\":\"ADMIN\"}").expectProblem(404);
        long pat = r.as("pat").get(r.tenant.path("/me")).json().getJsonObject("person").getJsonNumber("id").longValue();
        r.as("pia").put(operators + "/" + pat, "{\"role\":\"VIEWER\"}").expect(200);
        r.as("pia").put(operators + "/" + pia, "{\"role\":\"VIEWER\"}").expectProblem(409, "role");
        r.as("pia").delete(operators + "/" + pia).expectProblem(409, "role");
        r.as("pat").patch(r.path("/customers/" + r.customer("pia", "Demoted Test")), "{\"seats\":1}").expectProblem(403);

        long paco = r.as("paco").get(r.tenant.path("/me")).json().getJsonObject("person").getJsonNumber("id").longValue();
        r.as("pia").delete(operators + "/" + paco).expect(200);
        r.as("paco").get(r.path("/customers")).expectProblem(403);
        assertEquals("PENDING", r.as("paco").get(r.path("/me")).expect(200).json().getString("role"), "pending again");
        assertEquals(List.of("paco PENDING"), people(r.as("pia").get(operators).expect(200).json(), "pending"));
    }
}
