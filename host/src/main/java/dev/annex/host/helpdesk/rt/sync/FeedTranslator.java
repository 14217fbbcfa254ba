package dev.annex.host.helpdesk.rt.sync;

import dev.annex.host.helpdesk.rt.client.RtClient;
import dev.annex.host.helpdesk.rt.client.RtMessage;
import dev.annex.host.helpdesk.rt.client.RtTicket;
import dev.annex.host.helpdesk.rt.client.RtTransaction;
import dev.annex.host.helpdesk.rt.client.RtUserRef;
import dev.annex.host.helpdesk.TicketPriority;
import dev.annex.host.helpdesk.TicketStatus;
import dev.annex.host.helpdesk.rt.mapping.PriorityMapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a batch of RT transactions as changes to a tenant's index, in order, one change at most
 * per transaction:
 *
 * <ul>
 *   <li>{@code Create} of a ticket in the tenant's queues, or a {@code Set Queue} into them: the
 *       ticket is indexed as RT has it now (so the batch's later field changes of that ticket are
 *       in it and raise nothing more; its replies and notes still do); out of them, or
 *       {@code deleted}: removed;</li>
 *   <li>{@code Correspond} → a public reply, {@code Comment} → an internal note;</li>
 *   <li>{@code Status}, {@code Set Priority}, {@code Set Subject}: the indexed field; an event only
 *       when what Annex shows changes (two RT statuses may read as one Annex status: the index
 *       keeps RT's name, no event);</li>
 *   <li>watcher changes on {@code Cc}, {@code Requestor}: the ticket's participants / requester as RT
 *       has them now;</li>
 *   <li>everything else ({@code EmailRecord}, time worked, links, users' and queues' own
 *       history…): nothing.</li>
 * </ul>
 *
 * Annex's own writes come back as transactions too; those that match an open {@link EchoKey}
 * change the index as usual but raise no event, because Annex raised it when it wrote. Each
 * touched ticket ends the batch with RT's current timestamps and people (a silent update).
 */
public final class FeedTranslator {

    private final RtClient rt;
    private final TenantRules rules;

    public FeedTranslator(RtClient rt, TenantRules rules) {
        this.rt = Objects.requireNonNull(rt, "rt");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    public List<TicketChange> translate(List<RtTransaction> batch, TicketIndexView index) {
        List<RtTransaction> ticketTransactions = batch.stream()
                .filter(RtTransaction::onTicket).filter(t -> !IGNORED.contains(t.type())).toList();
        if (ticketTransactions.isEmpty()) {
            return List.of();
        }
        Map<Long, RtTicket> now = rt.tickets(ticketTransactions.stream().map(RtTransaction::objectId).toList())
                .stream().collect(Collectors.toMap(RtTicket::id, Function.identity()));
        TicketReader reader = new TicketReader(rt, rules);
        Map<Long, Optional<IndexedTicket>> working = new HashMap<>();
        Map<Long, Long> lastTransaction = new LinkedHashMap<>();
        // Tickets indexed in this batch are indexed as RT has them now, which already includes the
        // later field changes of the batch: only their replies and notes are still news.
        Set<Long> indexedNow = new HashSet<>();
        List<TicketChange> changes = new ArrayList<>();

        for (RtTransaction txn : ticketTransactions) {
            long id = txn.objectId();
            RtTicket ticket = now.get(id);
            Optional<IndexedTicket> current = working.computeIfAbsent(id, index::indexed);
            TicketChange.Actor actor = actor(txn.creator());
            lastTransaction.put(id, txn.id());

            if (current.isEmpty()) {
                if (reader.belongs(ticket)) {
                    boolean echo = txn.type().equals("Create") && index.consumeEcho(EchoKey.created(id));
                    IndexedTicket indexed = reader.index(ticket);
                    changes.add(new TicketChange.Indexed(txn.id(), id, actor, !echo, indexed));
                    working.put(id, Optional.of(indexed));
                    indexedNow.add(id);
                }
                continue;
            }
            if (!reader.belongs(ticket)) {
                changes.add(new TicketChange.Removed(txn.id(), id, actor, ticket == null
                        ? "no longer in RT" : "deleted".equals(ticket.status()) ? "deleted in RT"
                        : "moved to RT queue " + ticket.queueName()));
                working.put(id, Optional.empty());
                continue;
            }
            IndexedTicket before = current.get();
            if (indexedNow.contains(id) && !txn.type().equals("Correspond") && !txn.type().equals("Comment")) {
                echoKey(txn).ifPresent(index::consumeEcho);
                continue;
            }
            TicketChange change = switch (txn.type()) {
                case "Create" -> {
                    index.consumeEcho(EchoKey.created(id));
                    yield null;
                }
                case "Correspond", "Comment" -> commented(txn, actor, index);
                case "Status" -> {
                    TicketStatus status = reader.status(ticket, txn.newValue());
                    boolean echo = echoKey(txn).map(index::consumeEcho).orElse(false);
                    yield updated(txn, actor, echo, before, before.withStatus(status, txn.newValue()));
                }
                case "Set" -> set(txn, actor, index, before, ticket);
                case "AddWatcher", "DelWatcher", "SetWatcher" -> updated(txn, actor, false, before,
                        withPeople(before, reader.index(ticket)));
                default -> null;
            };
            if (change != null) {
                changes.add(change);
                if (change instanceof TicketChange.Updated u) {
                    working.put(id, Optional.of(u.after()));
                }
            }
        }
        // Timestamps and people as RT has them now. Status, priority and subject are left to their
        // own transactions: RT's ticket may already show a change whose transaction is on the
        // next page, and taking it from here would swallow that transaction's event.
        lastTransaction.forEach((id, txnId) -> working.get(id).ifPresent(indexed -> {
            IndexedTicket rtNow = reader.index(now.get(id));
            IndexedTicket settled = new IndexedTicket(indexed.rtId(), indexed.queueId(), indexed.subject(),
                    indexed.status(), indexed.rtStatus(), indexed.priority(), rtNow.requester(), rtNow.requesterName(),
                    rtNow.organisation(), rtNow.participants(), rtNow.createdAt(), rtNow.updatedAt());
            if (!settled.equals(indexed)) {
                changes.add(new TicketChange.Updated(txnId, id, null, false, indexed, settled));
            }
        }));
        return changes;
    }

    private TicketChange set(RtTransaction txn, TicketChange.Actor actor, TicketIndexView index,
                             IndexedTicket before, RtTicket ticket) {
        long id = txn.objectId();
        return switch (txn.field()) {
            case "Priority" -> {
                TicketPriority priority = PriorityMapping.toAnnex(parse(txn.newValue()));
                boolean echo = echoKey(txn).map(index::consumeEcho).orElse(false);
                yield updated(txn, actor, echo, before, before.withPriority(priority));
            }
            case "Subject" -> {
                boolean echo = echoKey(txn).map(index::consumeEcho).orElse(false);
                yield updated(txn, actor, echo, before, before.withSubject(txn.newValue()));
            }
            case "Queue" -> before.queueId() == ticket.queueId() ? null
                    : new TicketChange.Updated(txn.id(), id, actor, false, before, new IndexedTicket(before.rtId(),
                    ticket.queueId(), before.subject(), before.status(), before.rtStatus(), before.priority(),
                    before.requester(), before.requesterName(), before.organisation(), before.participants(),
                    before.createdAt(), before.updatedAt()));
            default -> null;
        };
    }

    /** The journal key a field change of Annex's would have, if this transaction can be one. */
    private static Optional<EchoKey> echoKey(RtTransaction txn) {
        long id = txn.objectId();
        if (txn.type().equals("Status")) {
            return Optional.of(EchoKey.status(id, txn.newValue()));
        }
        if (txn.type().equals("Set") && txn.field().equals("Priority")) {
            return Optional.of(EchoKey.priority(id, parse(txn.newValue())));
        }
        if (txn.type().equals("Set") && txn.field().equals("Subject")) {
            return Optional.of(EchoKey.subject(id, txn.newValue()));
        }
        return Optional.empty();
    }

    private TicketChange commented(RtTransaction txn, TicketChange.Actor actor, TicketIndexView index) {
        boolean internal = txn.type().equals("Comment");
        String text = rt.messages(txn.id()).stream().map(RtMessage::content).collect(Collectors.joining("\n\n"));
        boolean echo = index.consumeEcho(EchoKey.message(txn.objectId(), internal, text));
        return new TicketChange.Commented(txn.id(), txn.objectId(), actor, !echo, internal, text, txn.created());
    }

    /**
     * A change of the index; it raises an event only when what Annex shows changed (the Annex status,
     * not merely RT's name for it — RT_System's {@code new → open} after a first reply is no news).
     */
    private static TicketChange updated(RtTransaction txn, TicketChange.Actor actor, boolean echo,
                                        IndexedTicket before, IndexedTicket after) {
        if (before.equals(after)) {
            return null;
        }
        boolean shown = before.status() != after.status() || before.priority() != after.priority()
                || !before.subject().equals(after.subject()) || !before.participants().equals(after.participants())
                || !java.util.Objects.equals(before.requester(), after.requester());
        return new TicketChange.Updated(txn.id(), txn.objectId(), actor, shown && !echo, before, after);
    }

    private static IndexedTicket withPeople(IndexedTicket before, IndexedTicket now) {
        return new IndexedTicket(before.rtId(), before.queueId(), before.subject(), before.status(), before.rtStatus(),
                before.priority(), now.requester(), now.requesterName(), now.organisation(), now.participants(),
                before.createdAt(), before.updatedAt());
    }

    static TicketChange.Actor actor(RtUserRef creator) {
        boolean system = creator.name().equals("RT_System") || creator.name().equals("Nobody");
        return new TicketChange.Actor(creator.name(), creator.email(), creator.realName(), system);
    }

    private static long parse(String number) {
        try {
            return number.isBlank() ? 0 : Long.parseLong(number.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Transactions that change nothing Annex indexes or announces. */
    private static final Set<String> IGNORED = Set.of("EmailRecord", "CommentEmailRecord", "Told", "Forward Transaction",
            "Forward Ticket", "CustomField", "AddLink", "DeleteLink", "AddReminder", "OpenReminder", "ResolveReminder");
}
