package dev.annex.host.helpdesk.rt.sync;

import dev.annex.host.helpdesk.rt.client.RtClient;
import dev.annex.host.helpdesk.rt.client.RtPage;
import dev.annex.host.helpdesk.rt.client.RtTicket;

import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The initial import of an RT that already has tickets: the tenant's tickets in id order, a page
 * at a time, each page read after the last imported id (not by page number, so tickets created or
 * moved meanwhile neither shift nor repeat a page). Start the feed at {@code TransactionFeed.now()}
 * before the import: what changes while it runs is then read by the feed afterwards.
 */
public final class TicketImport {

    private final RtClient rt;
    private final TenantRules rules;
    private final int pageSize;

    public TicketImport(RtClient rt, TenantRules rules, int pageSize) {
        this.rt = Objects.requireNonNull(rt, "rt");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.pageSize = pageSize;
    }

    public ImportPosition start() {
        return ImportPosition.start(rt.count(inQueues()));
    }

    /** @throws dev.annex.host.helpdesk.rt.client.RtUnavailableException when RT does not answer; resume from the same position */
    public ImportPage next(ImportPosition from) {
        RtPage<RtTicket> page = rt.search("(" + inQueues() + ") AND id > " + from.afterId(), 1, pageSize);
        TicketReader reader = new TicketReader(rt, rules);
        var tickets = page.items().stream().filter(reader::belongs).map(reader::index).toList();
        long last = page.items().isEmpty() ? from.afterId() : page.items().get(page.items().size() - 1).id();
        ImportPosition next = new ImportPosition(last, from.imported() + tickets.size(),
                Math.max(from.total(), from.imported() + tickets.size()));
        return new ImportPage(tickets, next, page.last());
    }

    private String inQueues() {
        return rules.queueIds().stream().sorted().map(id -> "Queue = " + id)
                .collect(Collectors.joining(" OR ", "(", ")")) + " AND Status != 'deleted'";
    }
}
