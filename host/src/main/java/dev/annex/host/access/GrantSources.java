package dev.annex.host.access;

import java.util.List;

/**
 * Whose grants may count at all: the plugins started on this installation and on for the current
 * tenant. The access rules need only their ids; the plugin host, which knows them, provides this.
 */
public interface GrantSources {

    /** The ids of the plugins whose grants count now, sorted. */
    List<String> current();
}
