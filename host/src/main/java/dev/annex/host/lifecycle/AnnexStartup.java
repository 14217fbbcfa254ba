package dev.annex.host.lifecycle;

import dev.annex.host.demo.DemoSeeder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** The order things happen in when the application starts: schema, operator, demo data. */
@ApplicationScoped
public class AnnexStartup {

    private final SchemaMigrations migrations;
    private final OperatorBootstrap operatorBootstrap;
    private final DemoSeeder demoSeeder;

    @Inject
    public AnnexStartup(SchemaMigrations migrations, OperatorBootstrap operatorBootstrap, DemoSeeder demoSeeder) {
        this.migrations = migrations;
        this.operatorBootstrap = operatorBootstrap;
        this.demoSeeder = demoSeeder;
    }

    protected AnnexStartup() {
        this(null, null, null);
    }

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        migrations.migrate();
        operatorBootstrap.ensureOperator();
        demoSeeder.seedIfEnabled();
    }
}
