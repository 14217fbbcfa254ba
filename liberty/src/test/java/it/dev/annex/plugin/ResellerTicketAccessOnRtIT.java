package it.dev.annex.plugin;

import dev.annex.plugins.reseller.ResellerTicketAccessIT;
import dev.annex.plugins.reseller.Resellers;
import it.dev.annex.support.RealRt;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The reseller-hierarchy plugin's ticket-access suite (its module's {@link ResellerTicketAccessIT},
 * from its test jar) on tenants backed by the real Request Tracker 5 ({@code .ci/rt}, IT port + 9):
 * the customers' tickets live in RT, the partner's and the distributor's grants fold into Annex's
 * index of them, and a customer with a ticket still open in RT cannot be deleted until it is closed
 * there. The suite is the plugin's; that it holds on RT is the host's
 * connector's promise, so this variant lives here.
 */
@ExtendWith(RealRt.Running.class)
class ResellerTicketAccessOnRtIT extends ResellerTicketAccessIT {

    @Override
    protected Resellers resellers(String prefix) {
        return new Resellers(RealRt.tenant(prefix, "annex-reseller"));
    }
}
