package dev.annex.host.pluginapi;

import dev.annex.host.activation.Activations;
import dev.annex.host.event.DirectoryEvents;
import dev.annex.host.helpdesk.Directory;
import dev.annex.host.helpdesk.PeopleMirror;
import dev.annex.host.helpdesk.NewPerson;
import dev.annex.host.helpdesk.Person;
import dev.annex.host.helpdesk.Role;
import dev.annex.host.tenant.TenantBinding;
import dev.annex.plugin.api.PersonRole;
import dev.annex.plugin.api.PluginProblem;
import dev.annex.plugin.api.Tenant;
import dev.annex.plugin.api.directory.Invitation;
import dev.annex.plugin.api.directory.Invitations;
import dev.annex.plugin.api.directory.Invitee;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * One plugin's invitations: the person is added as the admin's people form adds them (the same
 * rules, the same "person added" event to plugins), and the host's activation link is mailed.
 */
final class PluginInvitations implements Invitations {

    /** The shape Bean Validation's {@code @Email} accepts for the people form, in short. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final String pluginId;
    private final Supplier<String> inviter;
    private final TenantBinding binding;
    private final Directory directory;
    private final DirectoryEvents events;
    private final Activations activations;
    private final PeopleMirror mirror;

    /** @param inviter whom the mail names as inviting: the signed-in person, else the help desk's team */
    PluginInvitations(String pluginId, Supplier<String> inviter, TenantBinding binding, Directory directory,
                      DirectoryEvents events, Activations activations, PeopleMirror mirror) {
        this.mirror = mirror;
        this.pluginId = pluginId;
        this.inviter = inviter;
        this.binding = binding;
        this.directory = directory;
        this.events = events;
        this.activations = activations;
    }

    @Override
    public Invitation invite(Tenant tenant, Invitee invitee) {
        binding.bind(tenant.id(), tenant.slug());
        if (invitee == null) {
            throw PluginProblem.invalid("email", "is required");
        }
        String email = invitee.email() == null ? "" : invitee.email().strip().toLowerCase(Locale.ROOT);
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            throw PluginProblem.invalid("email", "must be an email address");
        }
        String name = invitee.displayName() == null ? "" : invitee.displayName().strip();
        if (name.isEmpty() || name.length() > 200 || name.chars().anyMatch(Character::isISOControl)) {
            throw PluginProblem.invalid("displayName", "must hold 1 to 200 characters on one line");
        }
        if (invitee.role() != PersonRole.CONTACT && invitee.role() != PersonRole.ORGANISATION_ADMIN) {
            throw PluginProblem.invalid("role", "must be CONTACT or ORGANISATION_ADMIN");
        }
        if (invitee.lifetime() == null || invitee.lifetime().isNegative() || invitee.lifetime().isZero()
                || invitee.lifetime().compareTo(Activations.LONGEST) > 0) {
            throw PluginProblem.invalid("lifetime", "must be positive and at most " + Activations.LONGEST.toDays() + " days");
        }
        if (directory.organisation(invitee.organisationId()).isEmpty()) {
            throw PluginProblem.invalid("organisationId", "is not an organisation of this help desk");
        }
        Person person = directory.personByEmail(email).map(existing -> invitedAgain(existing, invitee))
                .orElseGet(() -> added(email, name, invitee));
        return activations.send(person.id(), person.email(), person.displayName(), invitee.lifetime(),
                "plugin:" + pluginId, inviter.get());
    }

    /** Someone invited before who has not chosen a password yet; anyone else keeps their account. */
    private Person invitedAgain(Person existing, Invitee invitee) {
        if (!Objects.equals(existing.organisationId(), invitee.organisationId())
                || !activations.awaitsActivation(existing.id())) {
            throw PluginProblem.conflict("email", "is already used by another person of this help desk");
        }
        return existing;
    }

    private Person added(String email, String name, Invitee invitee) {
        Person person = directory.createPerson(new NewPerson(email, name, Role.valueOf(invitee.role().name()),
                invitee.organisationId()));
        mirror.written(person, directory.organisation(invitee.organisationId()).orElse(null));
        events.personAdded(person);
        return person;
    }

    @Override
    public List<Invitation> find(Tenant tenant, Collection<String> emails) {
        binding.bind(tenant.id(), tenant.slug());
        Map<Long, String> people = new LinkedHashMap<>();
        directory.peopleByEmail(emails).forEach(p -> people.put(p.id(), p.email()));
        return activations.of(people);
    }
}
