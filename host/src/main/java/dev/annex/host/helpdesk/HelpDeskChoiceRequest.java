package dev.annex.host.helpdesk;

import java.util.List;

/**
 * What the operator sends to choose a tenant's help desk; for {@code RT}: RT's address, the
 * integration user's auth token, the tenant's queues, {@code ORGANIZATION_FIELD} or {@code GROUP},
 * and status entries ({@code rt-status=ANNEX_STATUS}, optional).
 */
public record HelpDeskChoiceRequest(String kind, String baseUrl, String token, List<String> queues,
                                    String organisations, String statusMap) {

    @Override
    public String toString() {
        return "HelpDeskChoiceRequest[" + kind + ", " + baseUrl + ", token …, " + queues + "]";
    }
}
