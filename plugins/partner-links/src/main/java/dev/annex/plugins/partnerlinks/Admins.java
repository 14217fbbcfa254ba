package dev.annex.plugins.partnerlinks;

import dev.annex.plugin.api.Caller;
import dev.annex.plugin.api.PluginProblem;

/** Only organisation admins act here, each for their own organisation. */
final class Admins {

    private Admins() {
    }

    /** The caller's organisation, when they administer it; 403 saying why otherwise. */
    static long organisationOf(Caller caller) {
        if (caller.isAgent()) {
            throw PluginProblem.forbidden("Partnerships are made between organisations by their admins; "
                    + "the help desk's agents do not take part in them.");
        }
        if (!caller.isOrganisationAdmin() || caller.organisationId() == null) {
            throw PluginProblem.forbidden("Only your organisation's admins manage partnerships. "
                    + "Ask one of them to do this.");
        }
        return caller.organisationId();
    }
}
