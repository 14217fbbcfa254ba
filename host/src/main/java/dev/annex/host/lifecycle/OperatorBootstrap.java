package dev.annex.host.lifecycle;

import dev.annex.host.security.OperatorAccounts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes sure the installation has an operator on first start. The password comes from
 * configuration, is "demo" with demo seeding on, or is generated and printed once. Nodes that
 * start together on one database may both try: the first one's operator is kept.
 */
@ApplicationScoped
public class OperatorBootstrap {

    private static final Logger LOG = Logger.getLogger(OperatorBootstrap.class.getName());

    private final OperatorAccounts operators;
    private final String email;
    private final Optional<String> password;
    private final boolean demo;

    @Inject
    public OperatorBootstrap(OperatorAccounts operators,
                             @ConfigProperty(name = "annex.operator.email", defaultValue = "operator@annex.local") String email,
                             @ConfigProperty(name = "annex.operator.password") Optional<String> password,
                             @ConfigProperty(name = "annex.demo.seed", defaultValue = "false") boolean demo) {
        this.operators = operators;
        this.email = email;
        this.password = password.filter(p -> !p.isBlank());
        this.demo = demo;
    }

    protected OperatorBootstrap() {
        this(null, null, Optional.empty(), false);
    }

    public void ensureOperator() {
        if (operators.any()) {
            return;
        }
        String chosen = password.orElse(demo ? "demo" : null);
        if (chosen == null) {
            byte[] bytes = new byte[18];
            new SecureRandom().nextBytes(bytes);
            chosen = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            String generated = chosen;
            LOG.warning(() -> "Created operator " + email + " with generated password " + generated
                    + " (shown once; set annex.operator.password to choose it)");
        } else {
            LOG.info(() -> "Created operator " + email);
        }
        try {
            operators.create(email, chosen);
        } catch (RuntimeException e) {
            // Nodes starting together on one database: another one created the operator first.
            if (!operators.any()) {
                throw e;
            }
            LOG.info(() -> "Operator created by another node meanwhile");
        }
    }
}
