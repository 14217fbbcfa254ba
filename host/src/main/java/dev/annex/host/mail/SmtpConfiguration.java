package dev.annex.host.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Reads the {@code annex.smtp.*} keys once and offers them as {@link SmtpSettings}. */
@ApplicationScoped
public class SmtpConfiguration {

    private final SmtpSettings settings;

    @Inject
    public SmtpConfiguration(@ConfigProperty(name = "annex.smtp.host", defaultValue = "localhost") String host,
                             @ConfigProperty(name = "annex.smtp.port", defaultValue = "25") int port,
                             @ConfigProperty(name = "annex.smtp.from", defaultValue = "annex@localhost") String from,
                             @ConfigProperty(name = "annex.smtp.username") Optional<String> username,
                             @ConfigProperty(name = "annex.smtp.password") Optional<String> password,
                             @ConfigProperty(name = "annex.smtp.starttls", defaultValue = "false") boolean startTls) {
        this.settings = host == null ? null
                : new SmtpSettings(host, port, from, username.orElse(null), password.orElse(null), startTls);
    }

    /** For CDI's client proxy only. */
    protected SmtpConfiguration() {
        this(null, 0, null, Optional.empty(), Optional.empty(), false);
    }

    @Produces
    SmtpSettings smtpSettings() {
        return settings;
    }
}
