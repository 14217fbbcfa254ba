package dev.annex.plugin.api.directory;

/**
 * Where an invitation stands.
 *
 * @since 1.3.0
 */
public enum InvitationState {
    /** Mailed; the link works. */
    PENDING,
    /** Mailed, not used in time: invite again to send a new link. */
    EXPIRED,
    /** The person chose a password with it. */
    ACTIVATED
}
