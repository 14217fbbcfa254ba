package dev.annex.host.page;

/** Zero-based page number and page size, already validated by the caller. */
public record PageRequest(int page, int size) {

    public int offset() {
        return page * size;
    }
}
