package dev.annex.host.helpdesk.rt.client;

import java.util.List;

/**
 * One page of an RT collection.
 *
 * @param pages RT's page count, which it sends as {@code 0.0} for an empty result
 */
public record RtPage<T>(List<T> items, long page, long pages, long total) {

    public boolean last() {
        return page >= pages;
    }
}
