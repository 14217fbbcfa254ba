package dev.annex.host.helpdesk.index;

import dev.annex.host.helpdesk.Ticket;
import dev.annex.host.helpdesk.TicketQuery;
import dev.annex.host.helpdesk.Viewer;
import dev.annex.host.page.Page;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A help desk's ticket list and single read over its index entity, with the viewer's access and
 * the query's filters from {@link TicketIndexFilter}: one count and one page query, the same for
 * every help desk's index.
 *
 * @param type     the index entity (its JPA name is its simple name)
 * @param fetches  fetch joins the list adds after {@code FROM <entity> t}, or ""
 * @param index    where the entity keeps its requester and participants
 * @param toRecord the entity as the port's ticket
 */
public record TicketIndexReads<E>(Class<E> type, String fetches, TicketIndexFilter.Index index,
                                  Function<E, Ticket> toRecord) {

    public Page<Ticket> list(EntityManager em, TicketQuery query, Viewer viewer) {
        TicketIndexFilter filter = TicketIndexFilter.forViewer(viewer, index).with(query);
        String from = " FROM " + type.getSimpleName() + " t";
        long total = filter.bind(em.createQuery("SELECT COUNT(t)" + from + filter.where(), Long.class))
                .getSingleResult();
        List<Ticket> items = filter.bind(em.createQuery("SELECT t" + from + fetches + filter.where()
                        + TicketIndexFilter.orderBy(query.sort()), type))
                .setFirstResult(query.page().offset())
                .setMaxResults(query.page().size())
                .getResultList().stream().map(toRecord).toList();
        return new Page<>(items, query.page().page(), query.page().size(), total);
    }

    public Optional<Ticket> find(EntityManager em, long id, Viewer viewer) {
        TicketIndexFilter filter = TicketIndexFilter.forViewer(viewer, index).withId(id);
        return filter.bind(em.createQuery("SELECT t FROM " + type.getSimpleName() + " t" + filter.where(), type))
                .getResultStream().findFirst().map(toRecord);
    }
}
