package dev.annex.plugins.following;

import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.Tenant;
import dev.annex.plugin.api.helpdesk.CommentInfo;
import dev.annex.plugin.api.helpdesk.PersonInfo;
import dev.annex.plugin.api.helpdesk.TicketInfo;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Honours the @mentions of a comment: a contact may mention the members of their own
 * organisation, an agent their fellow agents. A mentioned person starts following the ticket
 * (a contact is also added to it, so they can open it) and gets one mail. Every other mention is
 * ignored and recorded with the reason, for the author to read back; the reason never tells
 * whether an address belongs to someone else in the help desk.
 */
final class Mentions {

    private final PluginContext plugin;
    private final Tenant tenant;

    Mentions(PluginContext plugin, Tenant tenant) {
        this.plugin = plugin;
        this.tenant = tenant;
    }

    /** @return the people who were mentioned and told (so the follower mail skips them) */
    Set<Long> honour(TicketInfo ticket, CommentInfo comment) {
        List<String> emails = MentionParser.emails(comment.body());
        if (emails.isEmpty()) {
            return Set.of();
        }
        PersonInfo author = plugin.helpDesk().person(tenant, comment.authorId()).orElse(null);
        if (author == null) {
            return Set.of();
        }
        boolean agentAuthor = Roles.isAgent(author);
        Map<String, PersonInfo> mentionable = new HashMap<>();
        candidates(author).forEach(p -> mentionable.put(p.email().toLowerCase(Locale.ROOT), p));
        Set<Long> honoured = new LinkedHashSet<>();
        var em = plugin.persistence().entityManager(tenant);
        var store = new FollowerStore(plugin, tenant);
        var notifier = new Notifier(plugin, tenant);
        for (int i = 0; i < emails.size(); i++) {
            String email = emails.get(i);
            PersonInfo person = mentionable.get(email);
            String reason = null;
            if (i >= MentionParser.MAX_MENTIONS) {
                reason = "more than " + MentionParser.MAX_MENTIONS + " mentions in one comment";
            } else if (person == null) {
                reason = agentAuthor ? "is not an agent of this help desk" : "is not a member of your organisation";
            } else if (person.id() == author.id()) {
                reason = "is you";
            } else if (comment.internal() && !Roles.isAgent(person)) {
                reason = "internal notes reach agents only";
            }
            if (reason == null && honoured.add(person.id())) {
                Follower follower = store.follow(ticket.id(), person.id(), Follower.Via.MENTIONED);
                if (!Roles.isAgent(person) && person.id() != ticket.requesterId()) {
                    follower.addedParticipant(plugin.helpDesk().addParticipant(tenant, ticket.id(), person.id()));
                }
                notifier.direct(person, ticket, "you were mentioned",
                        author.displayName() + " mentioned you in " + (comment.internal() ? "an internal note" : "a comment")
                                + " on ticket #" + ticket.number() + " \"" + ticket.subject() + "\":\n\n" + comment.body()
                                + "\n\nYou now follow this ticket.");
            }
            em.persist(new MentionOutcome(ticket.id(), comment.id(), author.id(), email,
                    person == null ? null : person.id(), reason, plugin.clock().instant()));
            // Ids in the order of the comment: the report lists mentions as the author wrote them.
            em.flush();
        }
        return honoured;
    }

    /** Who the person may mention: their organisation's members, or for agents the other agents. */
    List<PersonInfo> candidates(PersonInfo author) {
        if (Roles.isAgent(author)) {
            return plugin.helpDesk().agents(tenant);
        }
        return author.organisationId() == null ? List.of() : plugin.helpDesk().members(tenant, author.organisationId());
    }
}
