package dev.annex.plugins.casesharing;

/** Request bodies of the plugin's endpoints. */
public final class Inputs {

    private Inputs() {
    }

    /** Share the ticket with this partner (or move the share to it), having read these terms. */
    public record Share(Long partnerId, String termsVersion) {
    }
}
