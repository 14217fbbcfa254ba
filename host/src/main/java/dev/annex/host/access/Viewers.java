package dev.annex.host.access;

import dev.annex.host.helpdesk.Person;
import dev.annex.host.helpdesk.Viewer;
import dev.annex.host.plugin.PluginRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/** Makes the {@link Viewer} for a person now: their role plus the plugins whose grants may count. */
@ApplicationScoped
public class Viewers {

    private final PluginRuntime plugins;
    private final Clock clock;

    @Inject
    public Viewers(PluginRuntime plugins, Clock clock) {
        this.plugins = plugins;
        this.clock = clock;
    }

    protected Viewers() {
        this(null, null);
    }

    public Viewer of(Person person) {
        return new Viewer(person.id(), person.role(), person.organisationId(), plugins.catalog().startedIds(),
                Instant.now(clock));
    }
}
