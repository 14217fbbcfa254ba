package dev.annex.host.access;

/** A live grant that applies to one viewer, reduced to what precedence needs. */
record GrantRow(String source, boolean toPerson, String targetKind, long targetId, int levelRank) {
}
