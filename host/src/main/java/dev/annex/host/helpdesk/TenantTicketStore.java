package dev.annex.host.helpdesk;

import dev.annex.host.page.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * The ticket port as the host's use cases and plugins get it: the current tenant's help desk, by
 * the operator's choice — the built-in one unless the tenant is backed by a help desk Annex fronts.
 * The choice is read on every call, so a changed choice takes effect at once. Names no help desk:
 * each implementation carries {@link BuiltIn} or {@link Fronted}.
 */
@ApplicationScoped
public class TenantTicketStore implements TicketStore {

    private final TicketStore builtIn;
    private final Instance<TicketStore> fronted;
    private final Instance<HelpDeskChoices> choices;

    @Inject
    public TenantTicketStore(@BuiltIn TicketStore builtIn, @Fronted Instance<TicketStore> fronted,
                             Instance<HelpDeskChoices> choices) {
        this.builtIn = builtIn;
        this.fronted = fronted;
        this.choices = choices;
    }

    protected TenantTicketStore() {
        this(null, null, null);
    }

    private TicketStore store() {
        if (fronted.isResolvable() && choices.isResolvable()
                && !HelpDeskChoice.BUILT_IN.equals(choices.get().current().kind())) {
            return fronted.get();
        }
        return builtIn;
    }

    @Override
    public void tenantCreated() {
        // A new tenant is the built-in help desk's; choosing another one readies that one (its own
        // numbering) when the choice is saved. Both are readied, so a later switch back works too.
        builtIn.tenantCreated();
    }

    @Override
    public Page<Ticket> list(TicketQuery query, Viewer viewer) {
        return store().list(query, viewer);
    }

    @Override
    public Optional<Ticket> find(long id, Viewer viewer) {
        return store().find(id, viewer);
    }

    @Override
    public Ticket create(NewTicket ticket, Long actorId) {
        return store().create(ticket, actorId);
    }

    @Override
    public Ticket update(long id, long expectedVersion, TicketChanges changes, String explanation, Long actorId) {
        return store().update(id, expectedVersion, changes, explanation, actorId);
    }

    @Override
    public List<Comment> comments(long ticketId, boolean includeInternal) {
        return store().comments(ticketId, includeInternal);
    }

    @Override
    public Comment addComment(long ticketId, NewComment comment) {
        return store().addComment(ticketId, comment);
    }

    @Override
    public List<Long> participants(long ticketId) {
        return store().participants(ticketId);
    }

    @Override
    public boolean addParticipant(long ticketId, long personId, Long actorId) {
        return store().addParticipant(ticketId, personId, actorId);
    }

    @Override
    public boolean removeParticipant(long ticketId, long personId, Long actorId) {
        return store().removeParticipant(ticketId, personId, actorId);
    }
}
