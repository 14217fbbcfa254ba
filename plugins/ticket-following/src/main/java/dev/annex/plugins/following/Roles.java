package dev.annex.plugins.following;

import dev.annex.plugin.api.PersonRole;
import dev.annex.plugin.api.helpdesk.PersonInfo;

final class Roles {

    private Roles() {
    }

    static boolean isAgent(PersonInfo person) {
        return person.role() == PersonRole.AGENT || person.role() == PersonRole.TENANT_ADMIN;
    }
}
