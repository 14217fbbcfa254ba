package dev.annex.host.helpdesk.index;

import dev.annex.host.helpdesk.Ticket;
import dev.annex.host.helpdesk.TicketQuery;
import dev.annex.host.helpdesk.Viewer;
import dev.annex.host.page.Page;
import dev.annex.host.persistence.WindowedCount;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A help desk's ticket list and single read over its index entity, with the viewer's access and
 * the query's filters from {@link TicketIndexFilter}, the same for every help desk's index. The page
 * and its total are one statement where the database has window aggregates ({@link WindowedCount}),
 * followed by one for the page's records; a count and a page query elsewhere.
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
        String rest = from + fetches + filter.where() + TicketIndexFilter.orderBy(query.sort());
        if (WindowedCount.supported(em)) {
            // The page's ids and the total in one statement over the index alone; the joins the
            // records need are then made for the page's rows only, not for every matching ticket.
            List<Object[]> rows = page(filter.bind(em.createQuery("SELECT t.id, " + WindowedCount.TOTAL + from
                    + filter.where() + TicketIndexFilter.orderBy(query.sort()), Object[].class)), query).getResultList();
            // A page past the end has no row to carry the total; only then is it counted apart.
            long total = !rows.isEmpty() ? ((Number) rows.get(0)[1]).longValue()
                    : query.page().offset() == 0 ? 0 : count(em, filter, from);
            List<Long> ids = rows.stream().map(row -> ((Number) row[0]).longValue()).toList();
            return new Page<>(inOrder(em, from, ids), query.page().page(), query.page().size(), total);
        }
        long total = count(em, filter, from);
        List<Ticket> items = page(filter.bind(em.createQuery("SELECT t" + rest, type)), query)
                .getResultList().stream().map(toRecord).toList();
        return new Page<>(items, query.page().page(), query.page().size(), total);
    }

    /** The records of these ids, in their order; one gone since the page was read is left out. */
    private List<Ticket> inOrder(EntityManager em, String from, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Ticket> byId = em.createQuery("SELECT t" + from + fetches + " WHERE t.id IN :ids", type)
                .setParameter("ids", ids).getResultList().stream().map(toRecord)
                .collect(Collectors.toMap(Ticket::id, ticket -> ticket));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private static long count(EntityManager em, TicketIndexFilter filter, String from) {
        return filter.bind(em.createQuery("SELECT COUNT(t)" + from + filter.where(), Long.class)).getSingleResult();
    }

    private static <Q extends Query> Q page(Q jpql, TicketQuery query) {
        jpql.setFirstResult(query.page().offset()).setMaxResults(query.page().size());
        return jpql;
    }

    public Optional<Ticket> find(EntityManager em, long id, Viewer viewer) {
        TicketIndexFilter filter = TicketIndexFilter.forViewer(viewer, index).withId(id);
        return filter.bind(em.createQuery("SELECT t FROM " + type.getSimpleName() + " t" + filter.where(), type))
                .getResultStream().findFirst().map(toRecord);
    }
}
