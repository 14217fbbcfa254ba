package dev.annex.host.page;

import dev.annex.plugin.api.rest.PagedList;
import java.util.List;
import java.util.function.Function;

/** One page of a longer list; {@code total} counts every match, not just this page. */
public record Page<T>(List<T> items, int page, int size, long total) {

    /**
     * The requested page of a list that is already whole in memory: a ticket's conversation or its
     * participants, which the help desk hands over in one piece (RT's history has no cheaper cut).
     */
    public static <T> Page<T> of(List<T> all, PageRequest request) {
        int from = (int) Math.min(all.size(), (long) request.offset());
        int to = (int) Math.min(all.size(), (long) from + request.size());
        return new Page<>(List.copyOf(all.subList(from, to)), request.page(), request.size(), all.size());
    }

    /** This page as the API writes it, each item mapped to its view. */
    public <R> PagedList<R> view(Function<T, R> mapper) {
        return new PagedList<>(items.stream().map(mapper).toList(), page, size, total);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
