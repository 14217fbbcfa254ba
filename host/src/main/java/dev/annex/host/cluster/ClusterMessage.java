package dev.annex.host.cluster;

import java.util.Optional;

/** A NOTIFY payload: {@code node topic key}, the node being the one that announced the change. */
record ClusterMessage(String node, ClusterChange change) {

    static String format(String node, ClusterChange change) {
        return node + " " + change.topic() + " " + change.key();
    }

    /** The message, or empty for a payload that is not one (another program on the channel). */
    static Optional<ClusterMessage> parse(String payload) {
        String[] parts = payload == null ? new String[0] : payload.split(" ", 3);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ClusterMessage(parts[0], new ClusterChange(parts[1], parts[2])));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
