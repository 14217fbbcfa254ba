package dev.annex.plugins.grants;

import dev.annex.plugin.api.Caller;
import dev.annex.plugin.api.PersonRole;
import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.PluginProblem;
import dev.annex.plugin.api.helpdesk.OrganisationInfo;
import dev.annex.plugin.api.helpdesk.PersonInfo;
import dev.annex.plugin.api.rest.RestContext;
import java.util.Arrays;
import java.util.Locale;

/** Who may act for which customer, and parsing shared by the endpoints. */
final class Callers {

    private final PluginContext plugin;
    private final RestContext context;

    Callers(PluginContext plugin, RestContext context) {
        this.plugin = plugin;
        this.context = context;
    }

    Caller caller() {
        return context.caller();
    }

    PersonInfo me() {
        return plugin.helpDesk().person(context.tenant(), caller().personId())
                .orElseThrow(() -> PluginProblem.forbidden("Unknown person"));
    }

    /**
     * The customer organisation whose partners the caller manages: an organisation admin manages
     * their own (and asking for another answers 404, as if it did not exist); a tenant admin names
     * any with {@code customer}.
     */
    long managedCustomer(Long requested) {
        Caller caller = caller();
        if (caller.isOrganisationAdmin() && caller.organisationId() != null) {
            if (requested != null && !requested.equals(caller.organisationId())) {
                throw PluginProblem.notFound("No organisation " + requested);
            }
            return caller.organisationId();
        }
        if (caller.role() == PersonRole.TENANT_ADMIN) {
            if (requested == null) {
                throw PluginProblem.invalid("customer", "is required: name the organisation whose partners to manage");
            }
            return organisation(requested).id();
        }
        throw PluginProblem.forbidden("Only a customer's organisation admins manage its partners.");
    }

    boolean manages(long customerId) {
        Caller caller = caller();
        return caller.role() == PersonRole.TENANT_ADMIN
                || (caller.isOrganisationAdmin() && Long.valueOf(customerId).equals(caller.organisationId()));
    }

    OrganisationInfo organisation(long id) {
        return plugin.helpDesk().organisation(context.tenant(), id)
                .orElseThrow(() -> PluginProblem.notFound("No organisation " + id));
    }

    static PartnerLevel level(String value) {
        if (value == null || value.isBlank()) {
            throw PluginProblem.invalid("level", "is required: one of " + Arrays.toString(PartnerLevel.values()));
        }
        try {
            return PartnerLevel.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw PluginProblem.invalid("level", "must be one of " + Arrays.toString(PartnerLevel.values()));
        }
    }
}
