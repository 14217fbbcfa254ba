package dev.annex.host.cluster;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Something every node must hear of because it keeps a copy of it: the plugin catalog, a tenant's
 * plugin switches or settings, a person's credentials. Observers drop what they cached under
 * {@code topic}/{@code key}; they never read a payload from it, so a change may be announced twice or
 * late without harm.
 *
 * @param topic what kind of thing changed, e.g. {@code plugins}, {@code tenant-plugins}, {@code credentials}
 * @param key   which one (a tenant id, a person id, a plugin id), or {@code *} for all of that topic
 */
public record ClusterChange(String topic, String key) {

    private static final Pattern TOPIC = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    /** PostgreSQL's NOTIFY payload is limited to 8000 bytes; keys are ids, far shorter. */
    private static final int MAX_KEY = 200;

    public static final String ALL = "*";

    public ClusterChange {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(key, "key");
        if (!TOPIC.matcher(topic).matches()) {
            throw new IllegalArgumentException("topic must match " + TOPIC + ", was " + topic);
        }
        if (key.isEmpty() || key.length() > MAX_KEY || key.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("key must be 1 to " + MAX_KEY + " characters on one line");
        }
    }

    public static ClusterChange all(String topic) {
        return new ClusterChange(topic, ALL);
    }

    /** True when a cache entry under {@code entryKey} of this topic must go. */
    public boolean covers(String entryTopic, String entryKey) {
        return topic.equals(entryTopic) && (ALL.equals(key) || key.equals(entryKey));
    }
}
