package dev.annex.host.helpdesk;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * The people port as the host's use cases get it: the fronted help desk's copy for a tenant the
 * operator backed by one, nothing for the built-in help desk. The choice is read on every call,
 * as {@link TenantTicketStore} reads it.
 */
@ApplicationScoped
public class TenantPeopleMirror implements PeopleMirror {

    private final Instance<PeopleMirror> fronted;
    private final Instance<HelpDeskChoices> choices;

    @Inject
    public TenantPeopleMirror(@Fronted Instance<PeopleMirror> fronted, Instance<HelpDeskChoices> choices) {
        this.fronted = fronted;
        this.choices = choices;
    }

    protected TenantPeopleMirror() {
        this(null, null);
    }

    private boolean isFronted() {
        return fronted.isResolvable() && choices.isResolvable()
                && !HelpDeskChoice.BUILT_IN.equals(choices.get().current().kind());
    }

    @Override
    public void written(Person person, Organisation organisation) {
        if (isFronted()) {
            fronted.get().written(person, organisation);
        }
    }

    @Override
    public void renamed(Organisation organisation) {
        if (isFronted()) {
            fronted.get().renamed(organisation);
        }
    }
}
