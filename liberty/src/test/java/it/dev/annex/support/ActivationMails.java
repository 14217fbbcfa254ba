package it.dev.annex.support;

import static it.dev.annex.support.Eventually.eventually;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The host's activation mails as a test's GreenMail received them, and the secrets in their links. */
public final class ActivationMails {

    private static final Pattern LINK = Pattern.compile("/t/([a-z0-9-]+)/activate#([A-Za-z0-9_-]{43})");

    private ActivationMails() {
    }

    /** The secret of the {@code nth} (1-based) activation mail to this address, once it has arrived. */
    public static String secret(GreenMailExtension smtp, String email, int nth) {
        eventually().until(() -> to(smtp, email).size() >= nth);
        String body = body(to(smtp, email).get(nth - 1));
        Matcher link = LINK.matcher(body);
        assertTrue(link.find(), body);
        return link.group(2);
    }

    /** The body as sent, quoted-printable soft line breaks undone. */
    public static String body(MimeMessage mail) {
        return GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "=");
    }

    /** The subject as sent, MIME encoded words decoded (the tenant's name may need them). */
    public static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static List<MimeMessage> to(GreenMailExtension smtp, String email) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(email) && subject(m).startsWith("Choose your password");
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
