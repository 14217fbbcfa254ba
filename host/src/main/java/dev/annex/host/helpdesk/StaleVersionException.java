package dev.annex.host.helpdesk;

/** The caller changed a ticket from an older version than the one stored. */
public class StaleVersionException extends RuntimeException {

    private final long currentVersion;

    public StaleVersionException(long currentVersion) {
        super("The ticket has changed since version was read; current version is " + currentVersion);
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
