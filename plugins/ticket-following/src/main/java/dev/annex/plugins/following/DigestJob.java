package dev.annex.plugins.following;

import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.Tenant;
import dev.annex.plugin.api.helpdesk.PersonInfo;
import dev.annex.plugin.api.jobs.ScheduledJob;
import dev.annex.plugin.api.mail.Mail;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pf4j.Extension;

/**
 * Sends the digest for tenants that chose it: once a follower's oldest waiting change is a digest
 * period old (an hour unless the tenant set {@code digestPeriod}), one mail lists all their waiting
 * changes, which are then forgotten — so a follower gets at most one digest per period. The job
 * looks every few seconds (the host's tick) and decides by the host's clock, so the period is
 * kept to the tick, not to the job's schedule. A tenant that went back to immediate mail gets its
 * last waiting items sent at once.
 */
@Extension
public class DigestJob implements ScheduledJob {

    /** Items per digest mail; more wait for the next run. */
    private static final int MAX_ITEMS = 200;
    /** Shorter than any sensible period: the host runs the job at each of its ticks. */
    private static final Duration LOOK_EVERY = Duration.ofSeconds(1);
    private static final Duration DEFAULT_PERIOD = Duration.ofHours(1);

    private final PluginContext plugin;

    public DigestJob(PluginContext plugin) {
        this.plugin = plugin;
    }

    @Override
    public Duration interval() {
        return LOOK_EVERY;
    }

    @Override
    public void run(Tenant tenant) {
        var em = plugin.persistence().entityManager(tenant);
        boolean digest = TicketFollowingPlugin.HOURLY.equals(plugin.settings().text(tenant, TicketFollowingPlugin.DIGEST));
        Instant cutoff = digest ? plugin.clock().instant().minus(period(tenant)) : Instant.MAX;
        // Every tick, so cheap when nothing is due: ids grow with time, the lowest is the oldest item.
        List<DigestItem> oldest = em.createQuery("SELECT d FROM DigestItem d ORDER BY d.id", DigestItem.class)
                .setMaxResults(1).getResultList();
        if (oldest.isEmpty() || oldest.get(0).created().isAfter(cutoff)) {
            return;
        }
        List<DigestItem> items = em.createQuery("SELECT d FROM DigestItem d ORDER BY d.personId, d.id", DigestItem.class)
                .setMaxResults(10_000).getResultList();
        Map<Long, List<DigestItem>> byPerson = new LinkedHashMap<>();
        items.forEach(item -> byPerson.computeIfAbsent(item.personId(), k -> new ArrayList<>()).add(item));
        // A follower's digest is due once their oldest waiting change is a period old.
        byPerson.values().removeIf(theirs -> theirs.get(0).created().isAfter(cutoff));
        Map<Long, PersonInfo> people = plugin.helpDesk().people(tenant, byPerson.keySet());
        String sender = new Notifier(plugin, tenant).sender();
        byPerson.forEach((personId, theirs) -> {
            List<DigestItem> batch = theirs.subList(0, Math.min(MAX_ITEMS, theirs.size()));
            PersonInfo person = people.get(personId);
            if (person != null && person.active()) {
                StringBuilder body = new StringBuilder("Changes to tickets you follow:\n\n");
                batch.forEach(item -> body.append("- ").append(item.line()).append('\n'));
                body.append("\n— ").append(sender);
                plugin.outbox().queue(tenant, new Mail(person.email(),
                        Notifier.oneLine("[" + sender + "] " + batch.size() + " ticket update(s)"), body.toString())
                        .from(sender));
            }
            List.copyOf(batch).forEach(em::remove);
        });
    }

    private Duration period(Tenant tenant) {
        Duration period = plugin.settings().duration(tenant, TicketFollowingPlugin.DIGEST_PERIOD);
        return period == null || period.isNegative() || period.isZero() ? DEFAULT_PERIOD : period;
    }
}
