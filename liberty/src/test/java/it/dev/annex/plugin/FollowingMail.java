package it.dev.annex.plugin;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/** Reads what GreenMail received for the ticket-following tests: mail to one address whose subject contains a marker. */
final class FollowingMail {

    private final GreenMailExtension smtp;

    FollowingMail(GreenMailExtension smtp) {
        this.smtp = smtp;
    }

    List<MimeMessage> to(String email, String subjectPart) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equalsIgnoreCase(email) && m.getSubject().contains(subjectPart);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** Waits (bounded) until at least {@code count} such mails arrived; returns them. */
    List<MimeMessage> await(String email, String subjectPart, int count) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 40_000;
        List<MimeMessage> found = to(email, subjectPart);
        while (found.size() < count && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            found = to(email, subjectPart);
        }
        if (found.size() < count) {
            throw new AssertionError("expected " + count + " mail(s) to " + email + " about '" + subjectPart + "', got "
                    + found.size() + "; all subjects: " + subjects());
        }
        return found;
    }

    /** Lets mail that should not come have its chance to arrive: the outbox worker and event dispatcher poll every few seconds. */
    static void settle() throws InterruptedException {
        Thread.sleep(6_000);
    }

    List<String> subjects() {
        return Arrays.stream(smtp.getReceivedMessages()).map(m -> {
            try {
                return m.getAllRecipients()[0] + ": " + m.getSubject();
            } catch (MessagingException e) {
                return "?";
            }
        }).toList();
    }

    static String body(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
