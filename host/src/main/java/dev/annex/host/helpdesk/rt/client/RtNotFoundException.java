package dev.annex.host.helpdesk.rt.client;

/** RT has no such record (or hides it from the integration user). */
public final class RtNotFoundException extends RtException {

    public RtNotFoundException(String message) {
        super(message, null);
    }
}
