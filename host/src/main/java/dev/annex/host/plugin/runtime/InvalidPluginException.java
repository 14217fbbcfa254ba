package dev.annex.host.plugin.runtime;

/**
 * An uploaded file that is not an installable plugin. {@link #field()} names what is wrong: a
 * manifest entry ({@code Plugin-Id}, {@code Plugin-Version}) or the file as a whole.
 */
public class InvalidPluginException extends RuntimeException {

    private final String field;

    public InvalidPluginException(String message) {
        this("file", message);
    }

    public InvalidPluginException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
