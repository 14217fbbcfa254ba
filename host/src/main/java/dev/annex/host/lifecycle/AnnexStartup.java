package dev.annex.host.lifecycle;

import dev.annex.host.persistence.SchemaMigrations;
import dev.annex.host.demo.DemoSeeder;
import dev.annex.host.event.EventDispatcher;
import dev.annex.host.jobs.JobScheduler;
import dev.annex.host.mail.MailDispatcher;
import dev.annex.host.plugin.runtime.PluginRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** The order things happen in when the application starts: schema, operator, plugins, demo data. */
@ApplicationScoped
public class AnnexStartup {

    private final SchemaMigrations migrations;
    private final OperatorBootstrap operatorBootstrap;
    private final PluginRuntime plugins;
    private final EventDispatcher events;
    private final MailDispatcher mail;
    private final JobScheduler jobs;
    private final DemoSeeder demoSeeder;

    @Inject
    public AnnexStartup(SchemaMigrations migrations, OperatorBootstrap operatorBootstrap, PluginRuntime plugins,
                        EventDispatcher events, MailDispatcher mail, JobScheduler jobs, DemoSeeder demoSeeder) {
        this.migrations = migrations;
        this.operatorBootstrap = operatorBootstrap;
        this.plugins = plugins;
        this.events = events;
        this.mail = mail;
        this.jobs = jobs;
        this.demoSeeder = demoSeeder;
    }

    protected AnnexStartup() {
        this(null, null, null, null, null, null, null);
    }

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        migrations.migrate();
        operatorBootstrap.ensureOperator();
        plugins.start();
        events.start();
        mail.start();
        jobs.start();
        demoSeeder.seedIfEnabled();
    }
}
