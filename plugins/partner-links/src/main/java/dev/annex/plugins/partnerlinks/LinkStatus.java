package dev.annex.plugins.partnerlinks;

/** A collaboration request's status as the partner's Requests tab shows it. */
public enum LinkStatus {
    NOT_USED("Link not used"),
    EXPIRED("Link expired"),
    DECLINED("Link declined"),
    ACCEPTED("Link accepted"),
    /** Beyond the source product: the partner withdrew the link before it was used. */
    REVOKED("Link revoked");

    private final String label;

    LinkStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
