package dev.annex.plugins.reseller;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMailUtil;
import dev.annex.plugin.testkit.server.Mailbox;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * reseller-hierarchy's expiry reminders through the host's outbox and jobs: the partner's
 * organisation admins (not its contacts) get one mail per expiry within {@code
 * expiryReminderDays}; none beyond it; a renewal (a new expiry) is reminded of again.
 */
class ResellerExpiryIT {

    @RegisterExtension
    static final Mailbox MAIL = new Mailbox();

    private static List<MimeMessage> mailsAbout(String customer) {
        return Arrays.stream(MAIL.getReceivedMessages()).filter(m -> subject(m).contains(customer)).toList();
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject() == null ? "" : m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstTo(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void thePartnersAdminsAreRemindedOncePerExpiryWithinTheDaysSet() {
        Resellers r = new Resellers("reseller-expiry");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        r.tenant.admin().put(r.tenant.path("/admin/plugins/reseller-hierarchy/settings"), "{\"expiryReminderDays\":400}")
                .expectProblem(422, "expiryReminderDays");
        r.tenant.admin().put(r.tenant.path("/admin/plugins/reseller-hierarchy/settings"), "{\"expiryReminderDays\":14}")
                .expect(200);
        long soon = r.customer("pat", "Soon Expiring");
        long later = r.customer("pat", "Later Expiring");
        r.as("pat").patch(r.path("/customers/" + later), "{\"expiresOn\":\"" + today.plusDays(40) + "\"}").expect(200);
        r.as("pat").patch(r.path("/customers/" + soon), "{\"seats\":9,\"expiresOn\":\"" + today.plusDays(10) + "\"}").expect(200);

        await().atMost(Duration.ofSeconds(60)).until(() -> mailsAbout("Soon Expiring").size() == 1);
        MimeMessage mail = mailsAbout("Soon Expiring").get(0);
        assertEquals(r.email("pat"), firstTo(mail), "the partner's admin, not its contact");
        assertEquals("Subscription of Soon Expiring expires on " + today.plusDays(10), subject(mail));
        assertTrue(GreenMailUtil.getBody(mail).contains("9 seats"), GreenMailUtil.getBody(mail));

        // A second customer due later than the first proves the job went round again: the first is not mailed twice.
        long second = r.customer("pat", "Second Expiring");
        r.as("pat").patch(r.path("/customers/" + second), "{\"expiresOn\":\"" + today.plusDays(3) + "\"}").expect(200);
        await().atMost(Duration.ofSeconds(60)).until(() -> mailsAbout("Second Expiring").size() == 1);
        assertEquals(1, mailsAbout("Soon Expiring").size(), "once per expiry");
        assertEquals(0, mailsAbout("Later Expiring").size(), "beyond the days set");

        // Renewed to a new date inside the window: reminded of the new expiry.
        r.as("pat").patch(r.path("/customers/" + soon), "{\"expiresOn\":\"" + today.plusDays(12) + "\"}").expect(200);
        await().atMost(Duration.ofSeconds(60)).until(() -> mailsAbout("Soon Expiring").size() == 2);
        assertEquals("Subscription of Soon Expiring expires on " + today.plusDays(12),
                subject(mailsAbout("Soon Expiring").get(1)));
    }
}
