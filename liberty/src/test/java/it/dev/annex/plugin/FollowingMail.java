package it.dev.annex.plugin;

import it.dev.annex.support.Eventually;
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

    /** Waits until at least {@code count} such mails arrived; returns them. */
    List<MimeMessage> await(String email, String subjectPart, int count) {
        return await(email, subjectPart, count, Eventually.AT_MOST);
    }

    /** As {@link #await(String, String, int)}, for mail that waits on something slower than the host (RT's feed). */
    List<MimeMessage> await(String email, String subjectPart, int count, java.time.Duration atMost) {
        Eventually.eventually().atMost(atMost).alias("" + count + " mail(s) to " + email + " about '" + subjectPart + "'")
                .until(() -> to(email, subjectPart).size() >= count);
        return to(email, subjectPart);
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
