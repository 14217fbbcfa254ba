package dev.annex.host.directory;

import dev.annex.host.access.GrantLevels;
import dev.annex.host.access.Viewers;
import dev.annex.host.cluster.ClusterChange;
import dev.annex.host.cluster.ClusterSignals;
import dev.annex.host.event.DirectoryEvents;
import dev.annex.host.helpdesk.Directory;
import dev.annex.host.helpdesk.NewPerson;
import dev.annex.host.helpdesk.Organisation;
import dev.annex.host.helpdesk.OrganisationChanges;
import dev.annex.host.page.Page;
import dev.annex.host.page.PageRequest;
import dev.annex.host.helpdesk.PeopleMirror;
import dev.annex.host.helpdesk.Person;
import dev.annex.host.helpdesk.PersonChanges;
import dev.annex.host.helpdesk.PersonQuery;
import dev.annex.host.helpdesk.Role;
import dev.annex.host.helpdesk.StaleVersionException;
import dev.annex.host.security.AccessTokens;
import dev.annex.host.security.Credentials;
import dev.annex.host.tenant.TenantContext;
import dev.annex.plugin.api.access.AccessLevel;
import dev.annex.host.refusal.Choices;
import dev.annex.host.refusal.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Organisations and people as a signed-in person may see and change them: agents see everyone,
 * contacts see their own organisation, and tenant admins change anything. Besides, whoever holds
 * a live {@link AccessLevel#ADMIN} grant on an organisation (from an enabled plugin, e.g. a
 * partner's "Full Admin") manages that organisation's contacts: sees them, adds contacts and
 * organisation admins to it, and changes or deactivates them — but never moves a person to
 * another organisation nor makes anyone an agent.
 */
@ApplicationScoped
@Transactional
public class DirectoryService {

    private final Directory directory;
    private final Credentials credentials;
    private final AccessTokens tokens;
    private final TenantContext tenantContext;
    private final GrantLevels grants;
    private final Viewers viewers;
    private final DirectoryEvents events;
    private final ClusterSignals signals;
    private final PeopleMirror mirror;

    @Inject
    public DirectoryService(Directory directory, Credentials credentials, AccessTokens tokens,
                            TenantContext tenantContext, GrantLevels grants, Viewers viewers,
                            DirectoryEvents events, ClusterSignals signals, PeopleMirror mirror) {
        this.signals = signals;
        this.mirror = mirror;
        this.directory = directory;
        this.credentials = credentials;
        this.tokens = tokens;
        this.tenantContext = tenantContext;
        this.grants = grants;
        this.viewers = viewers;
        this.events = events;
    }

    protected DirectoryService() {
        this(null, null, null, null, null, null, null, null, null);
    }

    /** Tenant admins manage every organisation; others the organisations that granted them ADMIN. */
    public boolean managesContactsOf(Person caller, Long organisationId) {
        if (caller.role() == Role.TENANT_ADMIN) {
            return true;
        }
        return organisationId != null
                && grants.onOrganisation(viewers.of(caller), organisationId).includes(AccessLevel.ADMIN);
    }

    public Page<Organisation> organisations(Person caller, String text, PageRequest page) {
        if (caller.role().isAgent()) {
            return directory.organisations(text, page);
        }
        List<Organisation> own = caller.organisationId() == null ? List.of()
                : directory.organisation(caller.organisationId()).stream().toList();
        return new Page<>(page.page() == 0 ? own : List.of(), page.page(), page.size(), own.size());
    }

    public Organisation organisation(Person caller, long id) {
        if (!caller.role().isAgent() && !Objects.equals(caller.organisationId(), id) && !managesContactsOf(caller, id)) {
            throw Refusal.notFound("organisation", id);
        }
        return directory.organisation(id).orElseThrow(() -> Refusal.notFound("organisation", id));
    }

    public Organisation createOrganisation(OrganisationRequest.Create request) {
        String accountNumber = request.accountNumber().trim();
        if (directory.organisationByAccountNumber(accountNumber).isPresent()) {
            throw Refusal.conflict("accountNumber", "is already used by another organisation");
        }
        return directory.createOrganisation(request.name().trim(), accountNumber);
    }

    /** @param expectedVersion the version the change was made on (a client's If-Match), or null for any */
    public Organisation updateOrganisation(long id, Long expectedVersion, OrganisationRequest.Update request) {
        Organisation current = directory.organisation(id).orElseThrow(() -> Refusal.notFound("organisation", id));
        requireVersion(expectedVersion, current.version());
        String accountNumber = request.accountNumber() == null ? null : request.accountNumber().trim();
        if (accountNumber != null && !accountNumber.equals(current.accountNumber())
                && directory.organisationByAccountNumber(accountNumber).isPresent()) {
            throw Refusal.conflict("accountNumber", "is already used by another organisation");
        }
        Organisation updated = directory.updateOrganisation(id, new OrganisationChanges(
                request.name() == null ? null : request.name().trim(), accountNumber, request.active()));
        if (!updated.name().equals(current.name())) {
            mirror.renamed(updated);
        }
        return updated;
    }

    public Page<Person> people(Person caller, Long organisationId, Role role, String text, PageRequest page) {
        if (!caller.role().isAgent()) {
            if (organisationId != null && !organisationId.equals(caller.organisationId())
                    && managesContactsOf(caller, organisationId)) {
                return directory.people(new PersonQuery(organisationId, role, text, page));
            }
            if (organisationId != null && !organisationId.equals(caller.organisationId())) {
                return new Page<>(List.of(), page.page(), page.size(), 0);
            }
            organisationId = caller.organisationId() == null ? -1L : caller.organisationId();
        }
        return directory.people(new PersonQuery(organisationId, role, text, page));
    }

    public Person person(Person caller, long id) {
        Person person = directory.person(id).orElseThrow(() -> Refusal.notFound("person", id));
        boolean visible = caller.role().isAgent() || person.id() == caller.id()
                || (caller.organisationId() != null && caller.organisationId().equals(person.organisationId()))
                || (person.role().isContact() && managesContactsOf(caller, person.organisationId()));
        if (!visible) {
            throw Refusal.notFound("person", id);
        }
        return person;
    }

    /** @param passwordHash {@link Credentials#hash} of the request's password, made before the transaction */
    public Person createPerson(Person caller, PersonRequest.Create request, String passwordHash) {
        Role role = Choices.parse(Role.class, "role", request.role());
        if (caller.role() != Role.TENANT_ADMIN) {
            requireManager(caller, request.organisationId());
            if (role.isAgent()) {
                throw Refusal.forbidden("Only the tenant's administrators may add agents.");
            }
        }
        String email = request.email().trim().toLowerCase(Locale.ROOT);
        Long organisationId = organisationFor(role, request.organisationId());
        if (directory.personByEmail(email).isPresent()) {
            throw Refusal.conflict("email", "is already used by another person of this help desk");
        }
        Person person = directory.createPerson(new NewPerson(email, request.displayName().trim(), role, organisationId));
        mirrored(person);
        if (passwordHash != null) {
            credentials.setPasswordHash(person.id(), passwordHash);
        }
        events.personAdded(person);
        return person;
    }

    /**
     * @param expectedVersion the version the change was made on (a client's If-Match), or null for any
     * @param passwordHash    {@link Credentials#hash} of the request's password, made before the transaction
     * @param callerSession   the browser session the caller works in, or null: when people change
     *                        their own password, this session stays; every other one ends
     */
    public Person updatePerson(Person caller, long id, Long expectedVersion, PersonRequest.Update request,
                               String passwordHash, String callerSession) {
        Person current = directory.person(id).orElseThrow(() -> Refusal.notFound("person", id));
        Role role = Choices.parse(Role.class, "role", request.role());
        if (caller.role() != Role.TENANT_ADMIN) {
            requireManager(caller, current.role().isContact() ? current.organisationId() : null);
            // A manager from outside must not be able to take over an existing account.
            if (request.password() != null) {
                throw Refusal.forbidden("Only the tenant's administrators may set an existing person's password.");
            }
            if (role != null && role.isAgent()) {
                throw Refusal.forbidden("Only the tenant's administrators may make someone an agent.");
            }
            if (request.organisationId() != null && !request.organisationId().equals(current.organisationId())) {
                throw Refusal.forbidden("Only the tenant's administrators may move a person to another organisation.");
            }
        }
        // After the rights: whoever may not change the person learns nothing of its version.
        requireVersion(expectedVersion, current.version());
        Role newRole = role == null ? current.role() : role;
        Long organisationId = null;
        if (role != null || request.organisationId() != null) {
            Long requested = request.organisationId() != null ? request.organisationId()
                    : newRole.isAgent() ? null : current.organisationId();
            organisationId = organisationFor(newRole, requested);
        }
        if (current.id() == caller.id() && (Boolean.FALSE.equals(request.active()) || newRole != Role.TENANT_ADMIN)) {
            throw Refusal.conflict(role != null ? "role" : "active",
                    "you cannot remove your own administrator access; ask another administrator");
        }
        Person updated = directory.updatePerson(id, new PersonChanges(
                request.displayName() == null ? null : request.displayName().trim(), role, organisationId,
                request.active()));
        // A password alone is Annex's own: only what the other help desk keeps of a person goes there.
        if (!updated.displayName().equals(current.displayName()) || updated.role() != current.role()
                || !Objects.equals(updated.organisationId(), current.organisationId())
                || updated.active() != current.active()) {
            mirrored(updated);
        }
        // Whoever kept this person for signing in (role, active) must read them again.
        signals.publish(new ClusterChange(Directory.PEOPLE_TOPIC, AccessTokens.personKey(id)));
        if (passwordHash != null) {
            credentials.setPasswordHash(id, passwordHash);
            // Sessions and tokens made with the old password must not outlive it (a reset is
            // often made because someone else knows it); only the changer's own session stays.
            tokens.revokeAllBut(tenantContext.current().id(), id, caller.id() == id ? callerSession : null);
        }
        if (Boolean.FALSE.equals(request.active())) {
            tokens.revokeAll(tenantContext.current().id(), id);
        }
        return updated;
    }

    /** The tenant's fronted help desk gets the change too, before it commits (its refusal undoes it). */
    private void mirrored(Person person) {
        mirror.written(person, person.organisationId() == null ? null
                : directory.organisation(person.organisationId()).orElse(null));
    }

    /**
     * Checked before anything changes, in the transaction of the change: a stale version changes
     * nothing and is answered 412 with the current one, as a ticket's is.
     */
    private static void requireVersion(Long expectedVersion, long currentVersion) {
        if (expectedVersion != null && expectedVersion != currentVersion) {
            throw new StaleVersionException(currentVersion);
        }
    }

    private void requireManager(Person caller, Long organisationId) {
        if (!managesContactsOf(caller, organisationId)) {
            throw Refusal.forbidden("Only the tenant's administrators, or whoever the organisation granted"
                    + " administration, may change its people.");
        }
    }

    private Long organisationFor(Role role, Long organisationId) {
        if (role.isAgent()) {
            if (organisationId != null) {
                throw Refusal.invalid("organisationId", "must be empty for agents");
            }
            return null;
        }
        if (organisationId == null) {
            throw Refusal.invalid("organisationId", "is required for contacts");
        }
        return directory.organisation(organisationId)
                .orElseThrow(() -> Refusal.invalid("organisationId", "is not an organisation of this help desk"))
                .id();
    }
}
