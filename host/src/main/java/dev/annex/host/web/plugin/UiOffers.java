package dev.annex.host.web.plugin;

import dev.annex.host.helpdesk.Person;
import dev.annex.host.plugin.runtime.PluginEntry;
import dev.annex.host.plugin.runtime.PluginUi;
import dev.annex.plugin.api.Caller;
import dev.annex.plugin.api.PersonRole;
import dev.annex.plugin.api.ui.UiContribution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Which of a plugin's UI contributions a person is shown: those their role admits, less those the
 * plugin's own check ({@code UiExtension.offers}) leaves out. Only a plugin that has such a check
 * is asked ({@link UiOfferChecks}); the others cost nothing.
 */
@ApplicationScoped
public class UiOffers {

    private final UiOfferChecks checks;

    @Inject
    public UiOffers(UiOfferChecks checks) {
        this.checks = checks;
    }

    protected UiOffers() {
        this(null);
    }

    /** The plugin's contributions for this person, in the plugin's order. */
    public List<UiContribution> offered(PluginEntry plugin, Person person) {
        PersonRole role = PersonRole.valueOf(person.role().name());
        List<PluginUi> admitted = plugin.ui().stream().filter(ui -> ui.contribution().isFor(role)).toList();
        if (admitted.stream().noneMatch(PluginUi::asks)) {
            return admitted.stream().map(PluginUi::contribution).toList();
        }
        return checks.run(plugin, admitted, new Caller(person.id(), person.email(), person.displayName(), role,
                person.organisationId()));
    }
}
