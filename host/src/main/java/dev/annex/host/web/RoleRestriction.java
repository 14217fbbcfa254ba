package dev.annex.host.web;

import dev.annex.plugin.api.PersonRole;
import dev.annex.plugin.api.rest.AllowedRoles;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The roles a resource method admits, read from {@link AllowedRoles} on the method or else on its
 * class: one reading, used by the filter that enforces it and by the API description that lists it.
 */
public final class RoleRestriction {

    private RoleRestriction() {
    }

    /** Every role when neither the method nor its class restricts it. */
    public static Set<PersonRole> allowed(Class<?> type, Method method) {
        AllowedRoles rule = method == null ? null : method.getAnnotation(AllowedRoles.class);
        if (rule == null && type != null) {
            rule = type.getAnnotation(AllowedRoles.class);
        }
        if (rule == null || rule.value().length == 0) {
            return EnumSet.allOf(PersonRole.class);
        }
        return EnumSet.copyOf(Arrays.asList(rule.value()));
    }

    /** "Only the tenant's administrators and agents may do this." */
    static String refusal(Set<PersonRole> allowed) {
        String who = allowed.stream().map(RoleRestriction::people).collect(Collectors.joining(", "));
        int last = who.lastIndexOf(", ");
        if (last >= 0) {
            who = who.substring(0, last) + " and " + who.substring(last + 2);
        }
        return "Only " + who + " may do this.";
    }

    private static String people(PersonRole role) {
        return switch (role) {
            case TENANT_ADMIN -> "the tenant's administrators";
            case AGENT -> "agents";
            case ORGANISATION_ADMIN -> "organisation administrators";
            case CONTACT -> "contacts";
        };
    }

    static PersonRole of(dev.annex.host.helpdesk.Role role) {
        return PersonRole.valueOf(role.name().toUpperCase(Locale.ROOT));
    }
}
