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
 * honoured, then its followers are told; updates and status changes reach the followers. A change
 * made with a comment explaining it (the host names the comment in the change's event and marks the
 * comment's own event {@code withChange}) is one mail with the reason, not a second for the comment. Each
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
            // A comment made with a change is told of with the change (the event naming it), in one mail.
            case COMMENTED -> event.details().containsKey("withChange") ? 0 : commented(tenant, ticket, event);
            case UPDATED -> changed(tenant, ticket, event, "updated",
                    actor(tenant, event) + " updated the ticket (priority " + Labels.constant(ticket.priority()) + ").");
            case STATUS_CHANGED -> {
                String status = Labels.status(event.details().getOrDefault("status", ticket.status()));
                yield changed(tenant, ticket, event, "status " + status, actor(tenant, event) + " set the status to "
                        + status + ".");
            }
            case CREATED, PARTICIPANTS_CHANGED -> 0;
        };
        em.persist(new HandledEvent(event.id(), ticket.id(), event.kind().name(), mails, event.occurredAt(),
                plugin.clock().instant()));
    }

    private int commented(Tenant tenant, TicketInfo ticket, TicketEvent event) {
        CommentInfo comment = comment(tenant, ticket, event);
        if (comment == null) {
            return 0;
        }
        Set<Long> mentioned = new Mentions(plugin, tenant).honour(ticket, comment);
        String what = comment.internal() ? "new internal note" : "new comment";
        return mentioned.size() + new Notifier(plugin, tenant).followers(ticket, comment.authorId(), what,
                actor(tenant, event) + (comment.internal() ? " added an internal note (agents only):" : " commented:")
                        + "\n\n" + comment.body(), comment, mentioned);
    }

    /** An update or status change; with the comment explaining it, if it was made with one (its mentions count too). */
    private int changed(Tenant tenant, TicketInfo ticket, TicketEvent event, String what, String text) {
        CommentInfo reason = event.details().containsKey("commentId") ? comment(tenant, ticket, event) : null;
        if (reason == null) {
            return new Notifier(plugin, tenant).followers(ticket, event.actorId(), what, text, null, Set.of());
        }
        Set<Long> mentioned = new Mentions(plugin, tenant).honour(ticket, reason);
        return mentioned.size() + new Notifier(plugin, tenant).followers(ticket, event.actorId(), what,
                text + " The reason:\n\n" + reason.body(), reason, mentioned);
    }

    private CommentInfo comment(Tenant tenant, TicketInfo ticket, TicketEvent event) {
        long commentId;
        try {
            commentId = Long.parseLong(event.details().get("commentId"));
        } catch (RuntimeException e) {
            return null;
        }
        return plugin.helpDesk().comment(tenant, ticket.id(), commentId).orElse(null);
    }

    private String actor(Tenant tenant, TicketEvent event) {
        return event.actorId() == null ? "Someone"
                : plugin.helpDesk().person(tenant, event.actorId()).map(PersonInfo::displayName).orElse("Someone");
    }
}
