package dev.annex.host.helpdesk.rt.client;

/** RT refused the credentials (401) or the integration user lacks a right (403). */
public final class RtAuthenticationException extends RtException {

    private final int status;

    public RtAuthenticationException(int status, String message) {
        super(message, null);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
