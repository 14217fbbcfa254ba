package dev.annex.host.lifecycle;

import dev.annex.host.demo.DemoSeeder;
import dev.annex.host.plugin.runtime.PluginInfo;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one message a person starting Annex reads: where it answers, who can sign in, which
 * database it uses and which plugins it loaded.
 */
@ApplicationScoped
public class StartupBanner {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());

    /** What the banner tells; {@code demoLogins} is empty when demo seeding is off. */
    record Facts(String publicUrl, String operatorEmail, boolean demoOperatorPassword, String database,
                 List<PluginInfo> plugins, List<DemoSeeder.Login> demoLogins) {
    }

    @Resource(lookup = "jdbc/annex")
    DataSource dataSource;

    private final String publicUrl;
    private final String operatorEmail;
    private final boolean operatorPasswordConfigured;
    private final Optional<String> schema;

    @Inject
    public StartupBanner(@ConfigProperty(name = "annex.public-url", defaultValue = "http://localhost:9080") String publicUrl,
                         @ConfigProperty(name = "annex.operator.email", defaultValue = "operator@annex.local") String operatorEmail,
                         @ConfigProperty(name = "annex.operator.password") Optional<String> operatorPassword,
                         @ConfigProperty(name = "annex.db.schema") Optional<String> schema) {
        this.publicUrl = publicUrl;
        this.operatorEmail = operatorEmail;
        this.operatorPasswordConfigured = operatorPassword.filter(p -> !p.isBlank()).isPresent();
        this.schema = schema.filter(s -> !s.isBlank());
    }

    protected StartupBanner() {
        this("", "", Optional.empty(), Optional.empty());
    }

    void print(String schemaVersion, List<PluginInfo> plugins, List<DemoSeeder.Login> demoLogins) {
        String database = database() + (schemaVersion == null ? "" : ", schema version " + schemaVersion);
        Facts facts = new Facts(publicUrl, operatorEmail, !demoLogins.isEmpty() && !operatorPasswordConfigured,
                database, plugins, demoLogins);
        LOG.info(() -> text(facts));
    }

    static String text(Facts facts) {
        String base = facts.publicUrl().endsWith("/") ? facts.publicUrl() : facts.publicUrl() + "/";
        List<String> lines = new ArrayList<>();
        lines.add("Annex is ready at " + base);
        if (!facts.demoLogins().isEmpty()) {
            lines.add("  help desk:        " + base + "t/" + DemoSeeder.SLUG + "/  (demo tenant)");
        }
        lines.add("  operator console: " + base + "operator/  (" + facts.operatorEmail()
                + (facts.demoOperatorPassword() ? " / demo)" : ")"));
        lines.add("  database:         " + facts.database());
        lines.add("  plugins:          " + (facts.plugins().isEmpty() ? "none"
                : String.join(", ", facts.plugins().stream().map(StartupBanner::plugin).toList())));
        if (facts.demoLogins().isEmpty()) {
            lines.add("  demo seeding is off");
        } else {
            lines.add("  demo logins of tenant " + DemoSeeder.SLUG + " (password demo):");
            facts.demoLogins().forEach(login -> lines.add(String.format("    %-26s %s", login.email(), login.who())));
        }
        return String.join(System.lineSeparator(), lines);
    }

    private static String plugin(PluginInfo info) {
        return info.id() + " " + info.version() + " " + info.state();
    }

    /** Product and address of the database, without the URL's parameters (they may hold secrets). */
    private String database() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String url = meta.getURL();
            int parameters = url.indexOf('?');
            return meta.getDatabaseProductName() + " " + (parameters < 0 ? url : url.substring(0, parameters))
                    + schema.map(s -> ", schema " + s).orElse("");
        } catch (SQLException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }
}
