package dev.annex.plugin.api.ui;

import dev.annex.plugin.api.PersonRole;
import java.util.EnumSet;
import java.util.Set;

/**
 * One UI contribution.
 *
 * <p>A contribution is for everyone unless it names the roles it is for. That is a hint to the
 * UI — it shows the navigation entry, panel or marker only to people in those roles — and never a
 * security boundary: the plugin's endpoints still decide what each caller may do.
 *
 * <pre>{@code
 * new UiContribution(UiSlot.PAGE, "pg-my-partners", "my-partners.js", "My partners")
 *         .forRoles(PersonRole.ORGANISATION_ADMIN)
 * }</pre>
 *
 * @param slot    where it goes
 * @param element the custom element's tag name; must contain a hyphen, e.g. {@code annex-followers}
 * @param module  the ES module that defines the element, relative to the jar's {@code ui/} folder
 * @param label   a label for navigation entries, buttons and panel headings
 * @param roles   the roles it is for; empty means everyone (since 1.1.0)
 * @since 1.0.0
 */
public record UiContribution(UiSlot slot, String element, String module, String label, Set<PersonRole> roles) {

    public UiContribution {
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** A contribution for everyone, as in 1.0. */
    public UiContribution(UiSlot slot, String element, String module, String label) {
        this(slot, element, module, label, Set.of());
    }

    /**
     * The same contribution, shown only to people in these roles.
     *
     * @since 1.1.0
     */
    public UiContribution forRoles(PersonRole... roles) {
        return new UiContribution(slot, element, module, label, roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles));
    }

    /**
     * Whether the UI shows it to a person in this role.
     *
     * @since 1.1.0
     */
    public boolean isFor(PersonRole role) {
        return roles.isEmpty() || roles.contains(role);
    }
}
