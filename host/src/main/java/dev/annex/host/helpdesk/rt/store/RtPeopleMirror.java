package dev.annex.host.helpdesk.rt.store;

import dev.annex.host.helpdesk.Directory;
import dev.annex.host.helpdesk.Fronted;
import dev.annex.host.helpdesk.Organisation;
import dev.annex.host.helpdesk.PeopleMirror;
import dev.annex.host.helpdesk.Person;
import dev.annex.host.helpdesk.PersonQuery;
import dev.annex.host.helpdesk.rt.client.RtAuthenticationException;
import dev.annex.host.helpdesk.rt.client.RtClient;
import dev.annex.host.helpdesk.rt.client.RtRejectedException;
import dev.annex.host.helpdesk.rt.client.RtUnavailableException;
import dev.annex.host.helpdesk.rt.client.RtUser;
import dev.annex.host.helpdesk.rt.sync.OrganisationRule;
import dev.annex.host.page.Page;
import dev.annex.host.page.PageRequest;
import dev.annex.host.refusal.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Annex's customers as RT's end users: a contact or organisation admin Annex adds or changes on an
 * RT-backed tenant is written to RT through REST 2 — created as an unprivileged user named by
 * their email address when RT has none, else updated — with their name, their organisation as the
 * tenant's rule maps it (the user's {@code Organization} field, or membership of the RT group
 * named after it, when RT has that group), and disabled when Annex deactivates them. Agents are
 * not written: RT's staff are RT's own, and Annex's agents act in RT as the tenant's integration
 * user. The feed reads only tickets' transactions, so these writes never come back as events.
 */
@ApplicationScoped
@Fronted
public class RtPeopleMirror implements PeopleMirror {

    /** How long a caller is asked to wait when RT does not answer, as for ticket writes. */
    private static final Duration RETRY_AFTER = Duration.ofSeconds(10);

    private static final int MEMBERS_PAGE = 100;

    private final RtTenants tenants;
    private final Directory directory;

    @Inject
    public RtPeopleMirror(RtTenants tenants, Directory directory) {
        this.tenants = tenants;
        this.directory = directory;
    }

    protected RtPeopleMirror() {
        this(null, null);
    }

    /** Only the {@code Organization} field names it on each user; RT's groups keep their own names. */
    @Override
    public void renamed(Organisation organisation) {
        if (tenants.current().rules().organisations() != OrganisationRule.ORGANIZATION_FIELD) {
            return;
        }
        for (int page = 0; ; page++) {
            Page<Person> members = directory.people(new PersonQuery(organisation.id(), null, null,
                    new PageRequest(page, MEMBERS_PAGE)));
            members.items().forEach(member -> written(member, organisation));
            if ((long) (page + 1) * MEMBERS_PAGE >= members.total()) {
                return;
            }
        }
    }

    @Override
    public void written(Person person, Organisation organisation) {
        if (person.role().isAgent()) {
            return;
        }
        RtTenant rt = tenants.current();
        boolean byField = rt.rules().organisations() == OrganisationRule.ORGANIZATION_FIELD;
        String organization = byField ? organisation == null ? "" : organisation.name() : null;
        try {
            RtClient client = rt.client();
            String email = person.email().toLowerCase(Locale.ROOT);
            Optional<RtUser> existing = client.user(email);
            RtUser user = existing.isPresent() ? client.updateUser(email, person.displayName(), organization)
                    : client.createUser(email, person.displayName(), organization);
            if (!byField && organisation != null) {
                client.groupNamed(organisation.name()).ifPresent(group -> client.addGroupMember(group, user.id()));
            }
            if (user.disabled() == person.active()) {
                client.setUserDisabled(email, !person.active());
            }
        } catch (RtUnavailableException | RtAuthenticationException e) {
            throw Refusal.unavailable("The help desk (Request Tracker) cannot be reached: " + e.getMessage(), RETRY_AFTER);
        } catch (RtRejectedException e) {
            String field = e.field() == null ? "person" : switch (e.field()) {
                case "RealName" -> "displayName";
                case "Organization" -> "organisationId";
                case "EmailAddress", "Name" -> "email";
                default -> e.field().toLowerCase(Locale.ROOT);
            };
            throw Refusal.invalid(field, "Request Tracker refused it: " + e.getMessage());
        }
    }
}
