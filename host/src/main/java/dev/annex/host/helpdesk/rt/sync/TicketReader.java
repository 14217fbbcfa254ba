package dev.annex.host.helpdesk.rt.sync;

import dev.annex.host.helpdesk.rt.client.RtClient;
import dev.annex.host.helpdesk.rt.client.RtTicket;
import dev.annex.host.helpdesk.rt.client.RtUserRef;
import dev.annex.host.helpdesk.TicketStatus;
import dev.annex.host.helpdesk.rt.mapping.PriorityMapping;
import dev.annex.host.helpdesk.rt.mapping.StatusCategory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns RT tickets into index rows by a tenant's rules. Keeps, for its lifetime (one feed batch or
 * one import page), what it had to ask RT besides the ticket: users' groups and whether a status
 * is inactive.
 */
public final class TicketReader {

    private final RtClient rt;
    private final TenantRules rules;
    private final Map<String, String> groupOf = new HashMap<>();
    private final Map<String, StatusCategory> categories = new HashMap<>();

    public TicketReader(RtClient rt, TenantRules rules) {
        this.rt = Objects.requireNonNull(rt, "rt");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    public TenantRules rules() {
        return rules;
    }

    /** Whether the ticket is the tenant's: in one of its queues and not deleted. */
    public boolean belongs(RtTicket ticket) {
        return ticket != null && rules.queueIds().contains(ticket.queueId()) && !"deleted".equals(ticket.status());
    }

    public IndexedTicket index(RtTicket ticket) {
        RtUserRef requestor = ticket.requestors().isEmpty() ? null : ticket.requestors().get(0);
        Set<String> participants = ticket.ccs().stream().map(RtUserRef::email).filter(e -> !e.isEmpty())
                .collect(Collectors.toSet());
        return new IndexedTicket(ticket.id(), ticket.queueId(), ticket.subject(), status(ticket, ticket.status()),
                ticket.status(), PriorityMapping.toAnnex(ticket.priority()),
                requestor == null ? null : requestor.email(),
                requestor == null ? null : (requestor.realName().isEmpty() ? requestor.name() : requestor.realName()),
                requestor == null ? null : orNull(organisation(requestor)), participants, ticket.created(),
                ticket.lastUpdated());
    }

    /**
     * The Annex status of {@code rtStatus} on {@code ticket}. A status the mapping does not name is
     * read by its lifecycle category, which RT tells when the ticket has that status now
     * (TicketSQL's {@code __Inactive__}); a status the ticket has already left counts as active.
     */
    public TicketStatus status(RtTicket ticket, String rtStatus) {
        return rules.statuses().toAnnex(rtStatus, () -> categories.computeIfAbsent(ticket.lifecycle() + "/" + rtStatus,
                key -> rtStatus.equals(ticket.status())
                        && rt.count("id = " + ticket.id() + " AND Status = '__Inactive__'") > 0
                        ? StatusCategory.INACTIVE : StatusCategory.ACTIVE));
    }

    private String organisation(RtUserRef user) {
        return switch (rules.organisations()) {
            case ORGANIZATION_FIELD -> user.organization().isBlank() ? null : user.organization().strip();
            case GROUP -> groupOf.computeIfAbsent(user.name(), name -> {
                List<String> groups = rt.groupsOf(name).stream().sorted().toList();
                return groups.isEmpty() ? "" : groups.get(0);
            });
        };
    }

    /** The organisation key, with "no group" as null (the cache keeps it as ""). */
    static String orNull(String organisation) {
        return organisation == null || organisation.isEmpty() ? null : organisation;
    }
}
