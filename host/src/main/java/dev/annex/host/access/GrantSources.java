package dev.annex.host.access;

import java.util.List;

/**
 * Whose grants may count at all: the plugins started on this installation. The access rules
 * need only their ids; the plugin runtime, which knows them, provides this.
 */
public interface GrantSources {

    /** The ids of the plugins whose grants may count, sorted; each must still be on for the tenant. */
    List<String> current();
}
