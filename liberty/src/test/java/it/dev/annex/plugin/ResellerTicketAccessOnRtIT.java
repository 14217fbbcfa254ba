package it.dev.annex.plugin;

import it.dev.annex.support.RealRt;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * reseller-hierarchy's partner ticket access on a tenant backed by the real Request Tracker 5
 * ({@code .ci/rt}, IT port + 9): the customers' tickets live in RT, the partner's and the
 * distributor's grants fold into Annex's index of them, and a customer with a ticket still open
 * in RT cannot be deleted until it is closed there.
 */
@ExtendWith(RealRt.Running.class)
class ResellerTicketAccessOnRtIT extends ResellerTicketAccessIT {

    @Override
    Resellers resellers(String prefix) {
        return new Resellers(RealRt.tenant(prefix, "annex-reseller"));
    }
}
