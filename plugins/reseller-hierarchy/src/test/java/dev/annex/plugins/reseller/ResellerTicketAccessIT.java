package dev.annex.plugins.reseller;

import org.junit.jupiter.api.Test;

/**
 * reseller-hierarchy's optional setting {@code partnerTicketAccess}: off, a partner's people do
 * not see their customers' tickets; on, the partner and the distributor above it do, at that
 * level, and never another partner; a moved customer's tickets go with it; off again, gone.
 */
public class ResellerTicketAccessIT {

    protected Resellers resellers(String prefix) {
        return new Resellers(prefix);
    }

    @Test
    void partnersSeeTheirCustomersTicketsOnlyWhileTheSettingIsOnAndOnlyDownTheirOwnTree() {
        Resellers r = resellers("reseller-tickets");
        long customer = r.customer("pat", "Ticket Customer");
        r.tenant.person(r.email("cleo"), "CONTACT", customer);
        long ticket = r.tenant.ticket(r.as("cleo"), "Printer offline");
        String path = r.tenant.path("/tickets/" + ticket);
        String settings = r.tenant.path("/admin/plugins/reseller-hierarchy/settings");

        r.as("paco").get(path).expectProblem(404);
        r.tenant.admin().put(settings, "{\"partnerTicketAccess\":\"SEE_ALL\"}").expectProblem(422, "partnerTicketAccess");
        r.tenant.admin().put(settings, "{\"partnerTicketAccess\":\"COMMENT\"}").expect(200);
        r.as("paco").get(path).expect(200);
        r.as("dora").get(path).expect(200);
        r.as("quinn").get(path).expectProblem(404);
        r.as("rita").get(path).expectProblem(404);
        r.as("paco").post(path + "/comments", "{\"body\":\"On our way\"}").expect(201);

        long later = r.customer("pat", "Later Customer");
        r.tenant.person(r.email("lena"), "CONTACT", later);
        long laterTicket = r.tenant.ticket(r.as("lena"), "New customer, new ticket");
        r.as("pat").get(r.tenant.path("/tickets/" + laterTicket)).expect(200);

        r.place(customer, "CUSTOMER", r.riverside).expect(200);
        r.as("paco").get(path).expectProblem(404);
        r.as("dora").get(path).expectProblem(404);
        r.as("rita").get(path).expect(200);

        r.as("pat").post(r.path("/customers/delete"), "{\"ids\":[" + later + "]}").expectProblem(409, "ids");
        String laterPath = r.tenant.path("/tickets/" + laterTicket);
        r.tenant.admin().header("If-Match", r.tenant.admin().get(laterPath).expect(200).header("ETag"))
                .patch(laterPath, "{\"status\":\"CLOSED\"}").expect(200);
        r.as("pat").post(r.path("/customers/delete"), "{\"ids\":[" + later + "]}").expect(200);
        r.as("pat").get(r.tenant.path("/tickets/" + laterTicket)).expectProblem(404);

        r.tenant.admin().put(settings, "{\"partnerTicketAccess\":\"OFF\"}").expect(200);
        r.as("rita").get(path).expectProblem(404);
    }
}
