package dev.annex.host.helpdesk.rt.config;

import dev.annex.host.helpdesk.rt.sync.OrganisationRule;

import java.util.List;

/**
 * What the operator enters to back a tenant by RT, as entered (checked by {@link ConnectionCheck}).
 *
 * @param baseUrl      RT's web address
 * @param token        an RT auth token of the integration user (write-only: Annex never shows it)
 * @param queues       the names of the RT queues whose tickets are this tenant's
 * @param organisations how RT users map to Annex organisations
 * @param statusMap    entries {@code rt-status=ANNEX_STATUS} for custom lifecycles (may be empty)
 */
public record RtSettings(String baseUrl, String token, List<String> queues, OrganisationRule organisations,
                         String statusMap) {

    public RtSettings {
        queues = queues == null ? List.of() : List.copyOf(queues);
        statusMap = statusMap == null ? "" : statusMap;
    }

    @Override
    public String toString() {
        return "RtSettings[" + baseUrl + ", token …, " + queues + ", " + organisations + ", " + statusMap + "]";
    }
}
