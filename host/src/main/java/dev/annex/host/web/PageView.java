package dev.annex.host.web;

import dev.annex.host.page.Page;
import java.util.List;
import java.util.function.Function;

/** A page of results as the API writes it. */
public record PageView<T>(List<T> items, int page, int size, long total) {

    public static <S, T> PageView<T> of(Page<S> page, Function<S, T> mapper) {
        return new PageView<>(page.items().stream().map(mapper).toList(), page.page(), page.size(), page.total());
    }
}
