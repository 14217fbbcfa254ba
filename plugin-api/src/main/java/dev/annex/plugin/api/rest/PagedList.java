package dev.annex.plugin.api.rest;

import java.util.List;

/**
 * One page of a longer list, as a REST resource returns it: the host writes the {@code Link}
 * header (first, prev, next, last, RFC 8288) and {@code X-Total-Count} for every answer of this
 * type, and the OpenAPI document gives the operation {@code page} and {@code size} parameters, so a
 * plugin's lists page exactly as the host's do.
 *
 * <p>Read {@code page} (zero-based) and {@code size} as query parameters of those names.
 *
 * @param items this page's items, in the list's order
 * @param page  the page number, from 0
 * @param size  the page size asked for (items may be fewer on the last page)
 * @param total how many items the whole list has
 * @param <T>   the item type
 * @since 1.4.0
 */
public record PagedList<T>(List<T> items, int page, int size, long total) {

    public PagedList {
        if (page < 0 || size < 1 || total < 0) {
            throw new IllegalArgumentException("page " + page + ", size " + size + ", total " + total
                    + ": page must be 0 or more, size 1 or more and total 0 or more");
        }
        items = List.copyOf(items);
    }
}
