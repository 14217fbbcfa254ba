package dev.annex.host.access;

import dev.annex.host.helpdesk.Person;
import dev.annex.host.helpdesk.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/** Makes the {@link Viewer} for a person now: their role plus the plugins whose grants may count. */
@ApplicationScoped
public class Viewers {

    private final GrantSources sources;
    private final Clock clock;

    @Inject
    public Viewers(GrantSources sources, Clock clock) {
        this.sources = sources;
        this.clock = clock;
    }

    protected Viewers() {
        this(null, null);
    }

    public Viewer of(Person person) {
        return new Viewer(person.id(), person.role(), person.organisationId(), sources.current(),
                Instant.now(clock));
    }
}
