package dev.annex.host.helpdesk.rt.client;

/**
 * RT did not answer in time, refused the connection or failed (HTTP 5xx). Whether a write that
 * timed out was applied is unknown to the caller; the transaction feed will tell.
 */
public final class RtUnavailableException extends RtException {

    public RtUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
