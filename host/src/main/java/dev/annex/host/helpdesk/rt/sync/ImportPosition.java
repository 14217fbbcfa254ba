package dev.annex.host.helpdesk.rt.sync;

/**
 * How far the initial import of a tenant's RT tickets has come, stored with the tickets it wrote
 * (one database transaction per page), so an import that stops — RT down, Annex restarted —
 * resumes after the last stored page.
 *
 * @param afterId  the highest RT ticket id imported
 * @param imported tickets imported so far
 * @param total    the tenant's RT tickets when the import started (for the operator's progress)
 */
public record ImportPosition(long afterId, long imported, long total) {

    public static ImportPosition start(long total) {
        return new ImportPosition(0, 0, total);
    }

    /** Per cent done, for the operator (100 once the import found nothing more). */
    public int percent() {
        return total <= 0 ? 100 : (int) Math.min(100, imported * 100 / total);
    }
}
