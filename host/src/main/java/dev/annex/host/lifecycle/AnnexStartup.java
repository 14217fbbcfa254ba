package dev.annex.host.lifecycle;

import dev.annex.host.cluster.ClusterListener;
import dev.annex.host.persistence.SchemaMigrations;
import dev.annex.host.demo.DemoSeeder;
import dev.annex.host.event.EventDispatcher;
import dev.annex.host.event.webhook.WebhookDispatcher;
import dev.annex.host.helpdesk.HelpDeskFeeds;
import dev.annex.host.jobs.JobScheduler;
import dev.annex.host.mail.MailDispatcher;
import dev.annex.host.plugin.packages.PluginPackages;
import dev.annex.host.plugin.runtime.PluginEntry;
import dev.annex.host.plugin.runtime.PluginRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;

/** The order things happen in when the application starts: schema, operator, plugins, cluster, demo data, banner. */
@ApplicationScoped
public class AnnexStartup {

    private final SchemaMigrations migrations;
    private final OperatorBootstrap operatorBootstrap;
    private final PluginRuntime plugins;
    private final PluginPackages packages;
    private final ClusterListener cluster;
    private final EventDispatcher events;
    private final WebhookDispatcher webhooks;
    private final MailDispatcher mail;
    private final JobScheduler jobs;
    private final Instance<HelpDeskFeeds> feeds;
    private final DemoSeeder demoSeeder;
    private final StartupBanner banner;

    @Inject
    public AnnexStartup(SchemaMigrations migrations, OperatorBootstrap operatorBootstrap, PluginRuntime plugins,
                        PluginPackages packages, ClusterListener cluster, EventDispatcher events,
                        WebhookDispatcher webhooks, MailDispatcher mail, JobScheduler jobs, Instance<HelpDeskFeeds> feeds,
                        DemoSeeder demoSeeder,
                        StartupBanner banner) {
        this.migrations = migrations;
        this.operatorBootstrap = operatorBootstrap;
        this.plugins = plugins;
        this.packages = packages;
        this.cluster = cluster;
        this.events = events;
        this.webhooks = webhooks;
        this.mail = mail;
        this.jobs = jobs;
        this.feeds = feeds;
        this.demoSeeder = demoSeeder;
        this.banner = banner;
    }

    protected AnnexStartup() {
        this(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        migrations.migrate();
        operatorBootstrap.ensureOperator();
        plugins.start();
        // The database's plugins, then the other nodes' changes of them (and of everything else cached).
        packages.start();
        cluster.start();
        events.start();
        webhooks.start();
        mail.start();
        jobs.start();
        // Changes made in a fronted help desk itself (RT's own UI) reach Annex through its feed.
        if (feeds.isResolvable()) {
            feeds.get().start();
        }
        demoSeeder.seedIfEnabled();
        banner.print(migrations.version(), plugins.catalog().all().stream().map(PluginEntry::info).toList(),
                demoSeeder.enabled() ? DemoSeeder.LOGINS : List.of());
    }
}
