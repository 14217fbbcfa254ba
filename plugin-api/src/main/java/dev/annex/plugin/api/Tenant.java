package dev.annex.plugin.api;

/**
 * The tenant (help desk) a call is made for. Every service method of this API takes one, so a
 * plugin never reads or writes data without saying whose it is.
 *
 * @param id   the tenant's stable id
 * @param slug the tenant's name in URLs, e.g. {@code demo}
 * @since 1.0.0
 */
public record Tenant(long id, String slug) {
}
