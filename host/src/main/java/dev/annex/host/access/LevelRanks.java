package dev.annex.host.access;

import dev.annex.plugin.api.access.AccessLevel;
import java.util.Arrays;

/**
 * How an {@link AccessLevel} is stored: an explicit rank per level, so queries can compare levels
 * in SQL ({@code LEVEL_RANK >= :read}) and the order of the public enum's constants never becomes a
 * storage format. Ranks leave room between them for levels a later API may add.
 */
public final class LevelRanks {

    private LevelRanks() {
    }

    public static int rank(AccessLevel level) {
        return switch (level) {
            case NONE -> 0;
            case READ -> 10;
            case COMMENT -> 20;
            case UPDATE -> 30;
            case CREATE_ON_BEHALF -> 40;
            case ADMIN -> 50;
        };
    }

    /** The level stored with this rank. */
    public static AccessLevel level(int rank) {
        return Arrays.stream(AccessLevel.values()).filter(level -> rank(level) == rank).findFirst()
                .orElseThrow(() -> new IllegalStateException("No access level has the stored rank " + rank));
    }
}
