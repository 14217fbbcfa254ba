package dev.annex.plugins.following;

import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.Tenant;
import dev.annex.plugin.api.helpdesk.CommentInfo;
import dev.annex.plugin.api.helpdesk.PersonInfo;
import dev.annex.plugin.api.helpdesk.TicketInfo;
import dev.annex.plugin.api.mail.Mail;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the plugin's mail into the host's outbox (in the caller's transaction). Followers hear of
 * changes — immediately or in the digest, as the tenant chose — but never of their own,
 * never of an internal note unless they are agents, and only while they can still see the ticket.
 * Mail addressed to one person (shared with you, mentioned, welcome) always goes at once.
 */
final class Notifier {

    private static final int MAX_SUBJECT = 300;
    private static final int MAX_SENDER = 100;

    private final PluginContext plugin;
    private final Tenant tenant;

    Notifier(PluginContext plugin, Tenant tenant) {
        this.plugin = plugin;
        this.tenant = tenant;
    }

    /** A change of the ticket for its followers; returns how many were told (mailed or queued for the digest). */
    int followers(TicketInfo ticket, Long actorId, String what, String text, CommentInfo comment, Set<Long> skip) {
        boolean hourly = TicketFollowingPlugin.HOURLY.equals(
                plugin.settings().text(tenant, TicketFollowingPlugin.DIGEST));
        Set<Long> participants = new HashSet<>(plugin.helpDesk().participants(tenant, ticket.id()));
        String subject = subject(ticket, what);
        String body = text + "\n\n" + footer(ticket, "You get this mail because you follow this ticket;"
                + " turn its notifications off on the ticket's page.");
        List<Follower> toTell = new FollowerStore(plugin, tenant).ofTicket(ticket.id()).stream()
                .filter(f -> f.notifying() && !skip.contains(f.personId())
                        && (actorId == null || actorId != f.personId()))
                .toList();
        // One read for all of them, not one per follower.
        Map<Long, PersonInfo> people = plugin.helpDesk().people(tenant, toTell.stream().map(Follower::personId).toList());
        String sender = sender();
        int told = 0;
        for (Follower follower : toTell) {
            long personId = follower.personId();
            PersonInfo person = people.get(personId);
            if (person == null || !person.active() || !mayRead(person, ticket, comment, participants)) {
                continue;
            }
            if (hourly) {
                plugin.persistence().entityManager(tenant).persist(
                        new DigestItem(personId, ticket.id(), subject, plugin.clock().instant()));
            } else {
                plugin.outbox().queue(tenant, new Mail(person.email(), subject, body).from(sender));
            }
            told++;
        }
        return told;
    }

    /** Internal notes reach agents only; a contact must still be able to see the ticket (access can be removed). */
    private boolean mayRead(PersonInfo person, TicketInfo ticket, CommentInfo comment, Set<Long> participants) {
        boolean agent = Roles.isAgent(person);
        if (comment != null && comment.internal() && !agent) {
            return false;
        }
        return agent || person.id() == ticket.requesterId() || participants.contains(person.id())
                || plugin.helpDesk().canSee(tenant, person.id(), ticket.id());
    }

    /** One mail to one person, at once. */
    void direct(PersonInfo to, TicketInfo ticket, String what, String text) {
        plugin.outbox().queue(tenant, new Mail(to.email(), subject(ticket, what), text + "\n\n" + footer(ticket, null))
                .from(sender()));
    }

    void welcome(PersonInfo person) {
        String sender = sender();
        plugin.outbox().queue(tenant, new Mail(person.email(), oneLine("[" + sender + "] Welcome to the support portal"),
                "Hello " + person.displayName() + ",\n\nyou have been added to the support portal of " + sender
                        + " (help desk \"" + tenant.slug() + "\"). Sign in with this email address to log tickets,"
                        + " follow them and share them with your teammates.\n\nYou will get mail when a ticket is"
                        + " shared with you and when tickets you follow are updated.\n\n— " + sender).from(sender));
    }

    /** The tenant's sender name: in subjects, signatures and as the mail's From name (one line, at most 100 characters). */
    String sender() {
        String name = plugin.settings().text(tenant, TicketFollowingPlugin.SENDER_NAME);
        String line = name == null ? "" : name.replaceAll("\\p{Cntrl}+", " ").strip();
        return line.isEmpty() ? "Support" : line.length() > MAX_SENDER ? line.substring(0, MAX_SENDER) : line;
    }

    String subject(TicketInfo ticket, String what) {
        return oneLine("[" + sender() + "] #" + ticket.number() + " " + ticket.subject() + ": " + what);
    }

    private String footer(TicketInfo ticket, String why) {
        return "Ticket #" + ticket.number() + " · status " + Labels.status(ticket.status()) + " · priority "
                + Labels.constant(ticket.priority()) + (why == null ? "" : "\n" + why) + "\n— " + sender();
    }

    /** Mail subjects are one line; user text (a ticket's subject) must not be able to add header lines. */
    static String oneLine(String text) {
        String line = text.replaceAll("\\p{Cntrl}+", " ").strip();
        return line.length() > MAX_SUBJECT ? line.substring(0, MAX_SUBJECT - 1) + "…" : line;
    }
}
