package dev.annex.host.helpdesk.rt.config;

/** A setting RT or the connector refused; {@link #field()} is the {@link RtSettings} component's name. */
public final class InvalidRtSettingException extends RuntimeException {

    private final String field;

    public InvalidRtSettingException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
