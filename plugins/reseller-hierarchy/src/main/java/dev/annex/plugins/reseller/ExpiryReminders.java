package dev.annex.plugins.reseller;

import dev.annex.plugin.api.PersonRole;
import dev.annex.plugin.api.PluginContext;
import dev.annex.plugin.api.Tenant;
import dev.annex.plugin.api.helpdesk.PersonInfo;
import dev.annex.plugin.api.jobs.ScheduledJob;
import dev.annex.plugin.api.mail.Mail;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.pf4j.Extension;

/**
 * Mails the partner's organisation admins {@code expiryReminderDays} before a customer's
 * subscription expires, once per expiry: the customer row remembers the expiry it was reminded
 * of, so a renewal (a new expiry date) is reminded of again and nothing else is. Runs at the
 * host's tick and decides by the host's clock (days in UTC); the mail goes through the outbox in
 * the job's transaction, with the row's mark, so a failed run neither mails nor marks.
 */
@Extension
public class ExpiryReminders implements ScheduledJob {

    static final String SETTING = "expiryReminderDays";
    /** Customers reminded per run: more wait for the next tick. */
    private static final int BATCH = 200;

    private final PluginContext plugin;

    public ExpiryReminders(PluginContext plugin) {
        this.plugin = plugin;
    }

    @Override
    public Duration interval() {
        return Duration.ofSeconds(5);
    }

    @Override
    public void run(Tenant tenant) {
        long days = plugin.settings().number(tenant, SETTING);
        if (days <= 0) {
            return;
        }
        LocalDate today = LocalDate.ofInstant(plugin.clock().instant(), ZoneOffset.UTC);
        Hierarchy hierarchy = new Hierarchy(plugin, tenant);
        List<OrgNode> due = hierarchy.em().createQuery("SELECT c FROM OrgNode c WHERE c.kind = :customer"
                        + " AND c.expiresOn >= :today AND c.expiresOn <= :horizon"
                        + " AND (c.remindedFor IS NULL OR c.remindedFor <> c.expiresOn) ORDER BY c.expiresOn, c.orgId",
                OrgNode.class).setParameter("customer", Kind.CUSTOMER).setParameter("today", today)
                .setParameter("horizon", today.plusDays(days)).setMaxResults(BATCH).getResultList();
        for (OrgNode customer : due) {
            String partner = hierarchy.name(customer.parentOrgId);
            for (PersonInfo admin : plugin.helpDesk().members(tenant, customer.parentOrgId)) {
                if (admin.role() == PersonRole.ORGANISATION_ADMIN) {
                    plugin.outbox().queue(tenant, new Mail(admin.email(),
                            "Subscription of " + customer.name + " expires on " + customer.expiresOn,
                            "Hello " + admin.displayName() + ",\n\nthe subscription of your customer " + customer.name
                                    + " (" + customer.seats + " seats) expires on " + customer.expiresOn + ", in "
                                    + java.time.temporal.ChronoUnit.DAYS.between(today, customer.expiresOn)
                                    + " days.\n\nWhen it is renewed, change its expiry on the Customers page.\n\n— "
                                    + partner + ", reseller portal\n"));
                }
            }
            customer.remindedFor = customer.expiresOn;
        }
    }
}
