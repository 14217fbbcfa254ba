package dev.annex.host.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.annex.plugin.api.access.AccessLevel;
import org.junit.jupiter.api.Test;

class LevelRanksTest {

    /** The stored form: changing a rank needs a migration of ACCESS_GRANT, so the numbers are pinned here. */
    @Test
    void everyLevelHasItsOwnExplicitRank() {
        assertEquals(0, LevelRanks.rank(AccessLevel.NONE));
        assertEquals(10, LevelRanks.rank(AccessLevel.READ));
        assertEquals(20, LevelRanks.rank(AccessLevel.COMMENT));
        assertEquals(30, LevelRanks.rank(AccessLevel.UPDATE));
        assertEquals(40, LevelRanks.rank(AccessLevel.CREATE_ON_BEHALF));
        assertEquals(50, LevelRanks.rank(AccessLevel.ADMIN));
    }

    @Test
    void ranksReadBackAsTheirLevelAndKeepTheLevelsOrder() {
        AccessLevel previous = null;
        for (AccessLevel level : AccessLevel.values()) {
            assertEquals(level, LevelRanks.level(LevelRanks.rank(level)));
            if (previous != null) {
                assertTrue(LevelRanks.rank(previous) < LevelRanks.rank(level), previous + " < " + level);
            }
            previous = level;
        }
    }

    @Test
    void aRankNoLevelHasIsAnError() {
        assertThrows(IllegalStateException.class, () -> LevelRanks.level(1));
    }
}
