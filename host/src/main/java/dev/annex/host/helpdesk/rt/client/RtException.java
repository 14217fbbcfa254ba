package dev.annex.host.helpdesk.rt.client;

/** Something RT did not do. Each subtype says what the caller can do about it. */
public abstract sealed class RtException extends RuntimeException
        permits RtUnavailableException, RtRejectedException, RtAuthenticationException, RtNotFoundException {

    protected RtException(String message, Throwable cause) {
        super(message, cause);
    }
}
