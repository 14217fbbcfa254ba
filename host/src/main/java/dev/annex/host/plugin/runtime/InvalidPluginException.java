package dev.annex.host.plugin.runtime;

/** An uploaded file that is not an installable plugin. */
public class InvalidPluginException extends RuntimeException {

    public InvalidPluginException(String message) {
        super(message);
    }
}
