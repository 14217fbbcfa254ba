package dev.annex.plugins.following;

import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.Tenant;
import dev.annex.plugin.api.helpdesk.PersonInfo;
import dev.annex.plugin.api.jobs.ScheduledJob;
import dev.annex.plugin.api.mail.Mail;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pf4j.Extension;

/**
 * Sends the hourly digest for tenants that chose it: one mail per follower listing the changes
 * since the last run, then forgets them. Runs for every tenant with the plugin on; a tenant that
 * went back to immediate mail gets its last pending items sent.
 */
@Extension
public class DigestJob implements ScheduledJob {

    /** Items per digest mail; more wait for the next run. */
    private static final int MAX_ITEMS = 200;

    private final PluginContext plugin;

    public DigestJob(PluginContext plugin) {
        this.plugin = plugin;
    }

    @Override
    public Duration interval() {
        return Duration.ofHours(1);
    }

    @Override
    public void run(Tenant tenant) {
        var em = plugin.persistence().entityManager(tenant);
        List<DigestItem> items = em.createQuery("SELECT d FROM DigestItem d ORDER BY d.personId, d.id", DigestItem.class)
                .setMaxResults(10_000).getResultList();
        Map<Long, List<DigestItem>> byPerson = new LinkedHashMap<>();
        items.forEach(item -> byPerson.computeIfAbsent(item.personId(), k -> new java.util.ArrayList<>()).add(item));
        String sender = new Notifier(plugin, tenant).sender();
        byPerson.forEach((personId, theirs) -> {
            List<DigestItem> batch = theirs.subList(0, Math.min(MAX_ITEMS, theirs.size()));
            plugin.helpDesk().person(tenant, personId).filter(PersonInfo::active).ifPresent(person -> {
                StringBuilder body = new StringBuilder("Changes to tickets you follow:\n\n");
                batch.forEach(item -> body.append("- ").append(item.line()).append('\n'));
                body.append("\n— ").append(sender);
                plugin.outbox().queue(tenant, new Mail(person.email(),
                        Notifier.oneLine("[" + sender + "] " + batch.size() + " ticket update(s)"), body.toString()));
            });
            batch.forEach(em::remove);
        });
    }
}
