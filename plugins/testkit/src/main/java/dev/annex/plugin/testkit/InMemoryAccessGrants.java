package dev.annex.plugin.testkit;

import dev.annex.plugin.api.PluginProblem;
import dev.annex.plugin.api.Tenant;
import dev.annex.plugin.api.access.AccessGrants;
import dev.annex.plugin.api.access.AccessLevel;
import dev.annex.plugin.api.access.Grant;
import dev.annex.plugin.api.access.GrantPrecedence;
import dev.annex.plugin.api.access.GrantRequest;
import dev.annex.plugin.api.access.Subject;
import dev.annex.plugin.api.access.Target;
import dev.annex.plugin.api.helpdesk.PersonInfo;
import dev.annex.plugin.api.helpdesk.TicketInfo;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The plugin's grants in memory, judged by the host's own rule ({@link GrantPrecedence}: the
 * host's build checks its ticket queries against it) at the kit's clock, so an expiry is tested by
 * advancing the clock. Subjects and targets must exist in the in-memory help desk, as the host
 * requires, and the help desk's {@code canSee} counts grants of READ and above as the host's ticket
 * queries do.
 */
public final class InMemoryAccessGrants implements AccessGrants {

    private final InMemoryHelpDesk helpDesk;
    private final Clock clock;
    private final Map<Long, Grant> grants = new LinkedHashMap<>();
    private final Map<Long, Tenant> tenantOf = new LinkedHashMap<>();
    private long nextId = 1;

    InMemoryAccessGrants(InMemoryHelpDesk helpDesk, Clock clock) {
        this.helpDesk = helpDesk;
        this.clock = clock;
    }

    @Override
    public Grant grant(Tenant tenant, GrantRequest request) {
        Objects.requireNonNull(request, "request");
        requireExists(tenant, request.subject(), request.target());
        Grant grant = new Grant(nextId++, request.subject(), request.target(), level(request.level()),
                request.expiresAt(), clock.instant());
        grants.put(grant.id(), grant);
        tenantOf.put(grant.id(), tenant);
        return grant;
    }

    @Override
    public Grant update(Tenant tenant, long grantId, AccessLevel level, Instant expiresAt) {
        Grant old = find(tenant, grantId).orElseThrow(() -> PluginProblem.notFound("No grant " + grantId));
        Grant updated = new Grant(old.id(), old.subject(), old.target(), level(level), expiresAt, old.createdAt());
        grants.put(grantId, updated);
        return updated;
    }

    @Override
    public boolean revoke(Tenant tenant, long grantId) {
        if (find(tenant, grantId).isEmpty()) {
            return false;
        }
        grants.remove(grantId);
        tenantOf.remove(grantId);
        return true;
    }

    @Override
    public Optional<Grant> find(Tenant tenant, long grantId) {
        return Optional.ofNullable(grants.get(grantId)).filter(g -> tenant.equals(tenantOf.get(g.id())));
    }

    @Override
    public List<Grant> forSubject(Tenant tenant, Subject subject) {
        return of(tenant).stream().filter(g -> g.subject().equals(subject)).toList();
    }

    @Override
    public List<Grant> onTarget(Tenant tenant, Target target) {
        return of(tenant).stream().filter(g -> g.target().equals(target)).toList();
    }

    @Override
    public AccessLevel effectiveLevel(Tenant tenant, long personId, long ticketId) {
        Optional<PersonInfo> person = helpDesk.person(tenant, personId);
        if (person.isEmpty()) {
            return AccessLevel.NONE;
        }
        Long ticketOrganisation = helpDesk.ticket(tenant, ticketId).map(TicketInfo::organisationId).orElse(null);
        return GrantPrecedence.onTicket(of(tenant), personId, person.get().organisationId(), ticketId,
                ticketOrganisation, clock.instant());
    }

    /** Every grant of the tenant, expired ones included, oldest first. */
    public List<Grant> of(Tenant tenant) {
        return grants.values().stream().filter(g -> tenant.equals(tenantOf.get(g.id()))).toList();
    }

    private static AccessLevel level(AccessLevel level) {
        if (level == null) {
            throw PluginProblem.invalid("level", "is required");
        }
        return level;
    }

    private void requireExists(Tenant tenant, Subject subject, Target target) {
        boolean subjectExists = subject != null && switch (subject.kind()) {
            case PERSON -> helpDesk.person(tenant, subject.id()).isPresent();
            case ORGANISATION -> helpDesk.organisation(tenant, subject.id()).isPresent();
        };
        if (!subjectExists) {
            throw PluginProblem.invalid("subject", "no " + (subject == null ? "subject" : subject.kind().name().toLowerCase()
                    + " " + subject.id()) + " in this help desk");
        }
        boolean targetExists = target != null && switch (target.kind()) {
            case ORGANISATION_TICKETS -> helpDesk.organisation(tenant, target.id()).isPresent();
            case TICKET -> helpDesk.ticket(tenant, target.id()).isPresent();
        };
        if (!targetExists) {
            throw PluginProblem.invalid("target", "no " + (target == null ? "target" : target.kind().name().toLowerCase()
                    + " " + target.id()) + " in this help desk");
        }
    }
}
