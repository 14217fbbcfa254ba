package dev.annex.host.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.annex.host.helpdesk.Role;
import dev.annex.host.helpdesk.Viewer;
import dev.annex.host.testing.TestDatabase;
import dev.annex.plugin.api.access.AccessLevel;
import dev.annex.plugin.api.access.Grant;
import dev.annex.plugin.api.access.GrantPrecedence;
import dev.annex.plugin.api.access.Subject;
import dev.annex.plugin.api.access.Target;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The grant precedence rule, one test per row of its table (plugin-api README, "Precedence"), run
 * as the database runs it: {@link GrantLevels} and the ticket lists share {@link CountingGrants}.
 * Person 7 belongs to organisation 3; ticket 50 belongs to organisation 9.
 */
class GrantPrecedenceTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final long PERSON = 7;
    private static final long ORGANISATION = 3;
    private static final long TICKET = 50;
    private static final long TICKET_ORGANISATION = 9;

    private static final TestDatabase database = TestDatabase.shared();
    private final GrantLevels levels = new GrantLevels(database.entityManager());

    @BeforeEach
    void aTenantOfItsOwn() {
        database.createTenant("precedence-" + System.nanoTime());
    }

    private static Viewer viewer(String... sources) {
        return new Viewer(PERSON, Role.CONTACT, ORGANISATION, List.of(sources), NOW);
    }

    private void grant(String source, boolean toPerson, String targetKind, long targetId, AccessLevel level,
                       Instant expiresAt) {
        database.inTransaction(() -> {
            AccessGrantEntity g = new AccessGrantEntity();
            g.sourcePlugin = source;
            g.subjectKind = toPerson ? "PERSON" : "ORGANISATION";
            g.subjectId = toPerson ? PERSON : ORGANISATION;
            g.targetKind = targetKind;
            g.targetId = targetId;
            g.levelRank = LevelRanks.rank(level);
            g.expiresAt = expiresAt;
            g.createdAt = NOW;
            database.entityManager().get().persist(g);
        });
    }

    private void onTicket(String source, boolean toPerson, AccessLevel level) {
        grant(source, toPerson, "TICKET", TICKET, level, null);
    }

    private void onOrganisationTickets(String source, boolean toPerson, AccessLevel level) {
        grant(source, toPerson, "ORGANISATION_TICKETS", TICKET_ORGANISATION, level, null);
    }

    private AccessLevel level(Viewer viewer) {
        return database.inTransaction(() -> levels.onTicket(viewer, TICKET, TICKET_ORGANISATION));
    }

    @Test
    void noGrantGivesNothing() {
        assertEquals(AccessLevel.NONE, level(viewer("a")));
    }

    @Test
    void anOrganisationsGrantCountsForItsPeople() {
        onOrganisationTickets("a", false, AccessLevel.READ);
        assertEquals(AccessLevel.READ, level(viewer("a")));
    }

    @Test
    void aPersonsOwnGrantCounts() {
        onTicket("a", true, AccessLevel.UPDATE);
        assertEquals(AccessLevel.UPDATE, level(viewer("a")));
    }

    @Test
    void withinOnePluginAndTargetThePersonsGrantNarrowsTheOrganisations() {
        onOrganisationTickets("a", false, AccessLevel.UPDATE);
        grant("a", true, "ORGANISATION_TICKETS", TICKET_ORGANISATION, AccessLevel.READ, null);
        assertEquals(AccessLevel.READ, level(viewer("a")));
    }

    @Test
    void withinOnePluginAndTargetThePersonsGrantWidensTheOrganisations() {
        onTicket("a", false, AccessLevel.READ);
        onTicket("a", true, AccessLevel.UPDATE);
        assertEquals(AccessLevel.UPDATE, level(viewer("a")));
    }

    @Test
    void aPersonsNoneTakesAwayWhatTheirOrganisationsGrantGives() {
        onTicket("a", false, AccessLevel.UPDATE);
        onTicket("a", true, AccessLevel.NONE);
        assertEquals(AccessLevel.NONE, level(viewer("a")));
    }

    @Test
    void acrossPluginsTheWidestLevelWins() {
        onTicket("a", false, AccessLevel.UPDATE);
        onTicket("b", true, AccessLevel.NONE);
        assertEquals(AccessLevel.UPDATE, level(viewer("a", "b")));
    }

    @Test
    void acrossTargetsTheWidestLevelWins() {
        onTicket("a", true, AccessLevel.NONE);
        onOrganisationTickets("a", false, AccessLevel.COMMENT);
        assertEquals(AccessLevel.COMMENT, level(viewer("a")));
    }

    @Test
    void anExpiredGrantCountsForNothingNotEvenAsAnOverride() {
        onTicket("a", false, AccessLevel.UPDATE);
        grant("a", true, "TICKET", TICKET, AccessLevel.NONE, NOW.minusSeconds(1));
        grant("a", true, "TICKET", TICKET, AccessLevel.ADMIN, NOW);
        assertEquals(AccessLevel.UPDATE, level(viewer("a")));
    }

    @Test
    void grantsOfAPluginThatIsNotASourceCountForNothing() {
        onTicket("off", true, AccessLevel.ADMIN);
        onTicket("a", false, AccessLevel.READ);
        assertEquals(AccessLevel.READ, level(viewer("a")));
        assertEquals(AccessLevel.NONE, level(viewer()));
    }

    @Test
    void grantsToSomeoneElseCountForNothing() {
        database.inTransaction(() -> {
            AccessGrantEntity g = new AccessGrantEntity();
            g.sourcePlugin = "a";
            g.subjectKind = "PERSON";
            g.subjectId = PERSON + 1;
            g.targetKind = "TICKET";
            g.targetId = TICKET;
            g.levelRank = LevelRanks.rank(AccessLevel.ADMIN);
            g.createdAt = NOW;
            database.entityManager().get().persist(g);
        });
        assertEquals(AccessLevel.NONE, level(viewer("a")));
    }

    @Test
    void theLevelOnAnOrganisationCountsOnlyGrantsOnItsTickets() {
        onTicket("a", true, AccessLevel.ADMIN);
        onOrganisationTickets("a", false, AccessLevel.CREATE_ON_BEHALF);
        assertEquals(AccessLevel.CREATE_ON_BEHALF,
                database.inTransaction(() -> levels.onOrganisation(viewer("a"), TICKET_ORGANISATION)));
    }

    /**
     * The rule the plugin API writes in Java ({@link GrantPrecedence}, which the plugin test kit
     * uses) is the rule the database applies here: 150 generated sets of one plugin's grants —
     * to the person, to their organisation and to someone else, on the ticket and on its
     * organisation, of every level, live, expired, expiring right now or never — give the same
     * level both ways.
     */
    @Test
    void theDatabaseAndThePluginApisJavaRuleAgreeOnGeneratedGrants() {
        Random random = new Random(20261203L);
        AccessLevel[] levelsOf = AccessLevel.values();
        Instant[] expiries = {null, NOW.minusSeconds(60), NOW, NOW.plusSeconds(60)};
        for (int round = 0; round < 150; round++) {
            database.createTenant("precedence-generated-" + round + "-" + System.nanoTime());
            List<Grant> grants = new java.util.ArrayList<>();
            int count = 1 + random.nextInt(5);
            for (int i = 0; i < count; i++) {
                int who = random.nextInt(5);
                Subject subject = who < 2 ? Subject.person(PERSON) : who < 4 ? Subject.organisation(ORGANISATION)
                        : random.nextBoolean() ? Subject.person(PERSON + 1) : Subject.organisation(ORGANISATION + 1);
                Target target = random.nextBoolean() ? Target.ticket(TICKET) : Target.organisationTickets(TICKET_ORGANISATION);
                AccessLevel level = levelsOf[random.nextInt(levelsOf.length)];
                Instant expiresAt = expiries[random.nextInt(expiries.length)];
                database.inTransaction(() -> {
                    AccessGrantEntity g = new AccessGrantEntity();
                    g.sourcePlugin = "a";
                    g.subjectKind = subject.kind().name();
                    g.subjectId = subject.id();
                    g.targetKind = target.kind().name();
                    g.targetId = target.id();
                    g.levelRank = LevelRanks.rank(level);
                    g.expiresAt = expiresAt;
                    g.createdAt = NOW;
                    database.entityManager().get().persist(g);
                });
                grants.add(new Grant(i, subject, target, level, expiresAt, NOW));
            }
            assertEquals(GrantPrecedence.onTicket(grants, PERSON, ORGANISATION, TICKET, TICKET_ORGANISATION, NOW),
                    level(viewer("a")), "grants " + grants);
        }
    }
}
