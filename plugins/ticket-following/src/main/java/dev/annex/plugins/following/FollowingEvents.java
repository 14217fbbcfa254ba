package dev.annex.plugins.following;

import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.Tenant;
import dev.annex.plugin.api.event.TicketEvent;
import dev.annex.plugin.api.event.TicketEventListener;
import dev.annex.plugin.api.helpdesk.CommentInfo;
import dev.annex.plugin.api.helpdesk.PersonInfo;
import dev.annex.plugin.api.helpdesk.TicketInfo;
import java.util.Optional;
import java.util.Set;
import org.pf4j.Extension;

/**
 * Turns ticket events into mail: the requester follows from creation; a comment's mentions are
 * honoured, then its followers are told; updates and status changes reach the followers. Each
 * event is acted on once: the handled marker is written with the mail, in one transaction.
 */
@Extension
public class FollowingEvents implements TicketEventListener {

    private final PluginContext plugin;

    public FollowingEvents(PluginContext plugin) {
        this.plugin = plugin;
    }

    @Override
    public void onTicketEvent(TicketEvent event) {
        Tenant tenant = event.tenant();
        var em = plugin.persistence().entityManager(tenant);
        boolean handled = !em.createQuery("SELECT h.id FROM HandledEvent h WHERE h.eventId = :id", Long.class)
                .setParameter("id", event.id()).setMaxResults(1).getResultList().isEmpty();
        Optional<TicketInfo> found = plugin.helpDesk().ticket(tenant, event.ticketId());
        if (handled || found.isEmpty()) {
            return;
        }
        TicketInfo ticket = found.get();
        new FollowerStore(plugin, tenant).ensureCreator(ticket);
        int mails = switch (event.kind()) {
            case COMMENTED -> commented(tenant, ticket, event);
            case UPDATED -> new Notifier(plugin, tenant).followers(ticket, event.actorId(), "updated",
                    actor(tenant, event) + " updated the ticket (priority " + Labels.constant(ticket.priority()) + ").",
                    null, Set.of());
            case STATUS_CHANGED -> {
                String status = Labels.status(event.details().getOrDefault("status", ticket.status()));
                yield new Notifier(plugin, tenant).followers(ticket, event.actorId(), "status " + status,
                        actor(tenant, event) + " set the status to " + status + ".", null, Set.of());
            }
            case CREATED, PARTICIPANTS_CHANGED -> 0;
        };
        em.persist(new HandledEvent(event.id(), ticket.id(), event.kind().name(), mails, event.occurredAt(),
                plugin.clock().instant()));
    }

    private int commented(Tenant tenant, TicketInfo ticket, TicketEvent event) {
        long commentId;
        try {
            commentId = Long.parseLong(event.details().get("commentId"));
        } catch (RuntimeException e) {
            return 0;
        }
        CommentInfo comment = plugin.helpDesk().comment(tenant, ticket.id(), commentId).orElse(null);
        if (comment == null) {
            return 0;
        }
        Set<Long> mentioned = new Mentions(plugin, tenant).honour(ticket, comment);
        String what = comment.internal() ? "new internal note" : "new comment";
        return mentioned.size() + new Notifier(plugin, tenant).followers(ticket, comment.authorId(), what,
                actor(tenant, event) + (comment.internal() ? " added an internal note (agents only):" : " commented:")
                        + "\n\n" + comment.body(), comment, mentioned);
    }

    private String actor(Tenant tenant, TicketEvent event) {
        return event.actorId() == null ? "Someone"
                : plugin.helpDesk().person(tenant, event.actorId()).map(PersonInfo::displayName).orElse("Someone");
    }
}
