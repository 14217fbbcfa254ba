package dev.annex.host.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code Link} headers (RFC 8288) on every paged list: the next and the previous page of the
 * same query, so that a client pages by following links (as Zendesk's and GitHub's clients do)
 * instead of counting.
 */
@Provider
public class PageLinksFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 200 || !(response.getEntity() instanceof PageView<?> page)) {
            return;
        }
        UriBuilder uri = request.getUriInfo().getRequestUriBuilder();
        List<String> links = new ArrayList<>();
        try {
            if ((long) (page.page() + 1) * page.size() < page.total()) {
                links.add(link(uri, page.page() + 1, page.size(), "next"));
            }
            if (page.page() > 0) {
                links.add(link(uri, page.page() - 1, page.size(), "prev"));
            }
        } catch (IllegalArgumentException unbuildable) {
            return; // a query the URI builder cannot rebuild (a raw brace) gets no links, never a 500
        }
        if (!links.isEmpty()) {
            response.getHeaders().add("Link", String.join(", ", links));
        }
    }

    private static String link(UriBuilder uri, int page, int size, String rel) {
        return "<" + uri.clone().replaceQueryParam("page", page).replaceQueryParam("size", size).build() + ">; rel=\""
                + rel + "\"";
    }
}
