package dev.annex.host.web;

import dev.annex.plugin.api.rest.PagedList;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code Link} headers (RFC 8288) on every paged list — the first, previous, next and last page of
 * the same query — and {@code X-Total-Count}, so that a client pages by following links (as
 * GitHub's and Zendesk's clients do) and sizes a progress bar without reading the body.
 */
@Provider
// Response filters run from the highest priority down: this one must see a plugin's PagedList
// before PluginTransactionFilter (USER) turns it into bytes.
@Priority(Priorities.USER + 100)
public class PageLinksFilter implements ContainerResponseFilter {

    static final String TOTAL_COUNT = "X-Total-Count";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 200 || !(response.getEntity() instanceof PagedList<?> page)) {
            return;
        }
        response.getHeaders().putSingle(TOTAL_COUNT, Long.toString(page.total()));
        UriBuilder uri = request.getUriInfo().getRequestUriBuilder();
        int last = (int) Math.max(0, Math.min(Inputs.MAX_PAGE, (page.total() - 1) / page.size()));
        List<String> links = new ArrayList<>();
        try {
            links.add(link(uri, 0, page.size(), "first"));
            if (page.page() > 0) {
                links.add(link(uri, Math.min(page.page() - 1, last), page.size(), "prev"));
            }
            if (page.page() < last) {
                links.add(link(uri, page.page() + 1, page.size(), "next"));
            }
            links.add(link(uri, last, page.size(), "last"));
        } catch (IllegalArgumentException unbuildable) {
            return; // a query the URI builder cannot rebuild (a raw brace) gets no links, never a 500
        }
        response.getHeaders().add("Link", String.join(", ", links));
    }

    private static String link(UriBuilder uri, int page, int size, String rel) {
        return "<" + uri.clone().replaceQueryParam("page", page).replaceQueryParam("size", size).build() + ">; rel=\""
                + rel + "\"";
    }
}
