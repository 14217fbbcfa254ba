package dev.annex.plugins.partnerlinks;

/** Request bodies of the plugin's endpoints. */
public final class Inputs {

    private Inputs() {
    }

    public record NewRequest(String name) {
    }

    /** The secret from the link's fragment; sent in a body, never in a URL. */
    public record Secret(String secret) {
    }

    /** {@code termsVersion}: the version of the terms the person read; a changed text must be read again. */
    public record Acceptance(String secret, String level, String termsVersion) {
    }
}
