package dev.annex.host.helpdesk.rt.client;

/**
 * RT refused a value: a 400 with a message, or — RT's habit — an HTTP 200 whose message list says
 * the change was not made.
 *
 * @see #field()
 */
public final class RtRejectedException extends RtException {

    private final String field;

    public RtRejectedException(String field, String message) {
        super(message, null);
        this.field = field;
    }

    /** RT's name of the rejected field ({@code Status}, {@code Queue}, …), or null when RT named none. */
    public String field() {
        return field;
    }
}
